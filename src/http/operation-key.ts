import type { DocumentNode, ExecutionArgs } from "graphql";
import type { Context } from "../context.ts";

/**
 * Keys that are equal exactly when two executions would give the same result: the same document
 * (yoga's parser cache hands out one document object per query text), operation name, variables
 * and access token (some fields depend on who asks). Each call makes its own numbering of documents.
 */
export function operationKeys(): (args: ExecutionArgs) => string {
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  return (args) => {
    let documentId = documentIds.get(args.document);
    if (documentId === undefined) {
      documentId = nextDocumentId++;
      documentIds.set(args.document, documentId);
    }
    const { caller } = args.contextValue as Context;
    return `${documentId}\u0000${caller.tokenId}\u0000${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? null)}`;
  };
}
