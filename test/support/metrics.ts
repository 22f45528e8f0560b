/** The value of one sample in Prometheus text format, or undefined when it is not there. */
export function sample(text: string, name: string, labels = ""): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ""} `));
  return line === undefined ? undefined : Number(line.split(" ").pop());
}

/** One sample read from a gateway's open `/metrics`; 0 when it is not there yet. */
export async function metric(origin: string, name: string, labels = ""): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  return sample(text, name, labels) ?? 0;
}
