CREATE TABLE "access_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"token_hash" text NOT NULL UNIQUE,
	"hint" text NOT NULL,
	"role" text,
	"policy" jsonb DEFAULT '[]' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bootstrap_steps" (
	"step" text PRIMARY KEY,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_members" (
	"cohort_id" uuid,
	"member_key" text,
	"amplitude_id" text,
	"user_id" text,
	"device_id" text,
	"properties" jsonb DEFAULT '{}' NOT NULL,
	CONSTRAINT "cohort_members_pkey" PRIMARY KEY("cohort_id","member_key")
);
--> statement-breakpoint
CREATE TABLE "cohort_syncs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cohort_id" uuid NOT NULL,
	"destination_id" uuid NOT NULL,
	"segment_id" uuid,
	"frequency" text NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"next_run_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_kind" text DEFAULT 'BUILT_IN' NOT NULL,
	"external_id" text,
	"member_count" integer DEFAULT 0 NOT NULL,
	"last_refreshed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "destinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"environment_id" uuid NOT NULL,
	"project_key" text NOT NULL,
	"environment_key" text NOT NULL,
	"token_id" uuid NOT NULL,
	"user_key_property" text DEFAULT 'user_id' NOT NULL,
	"context_kind" text DEFAULT 'user' NOT NULL,
	"status" text DEFAULT 'CONNECTED' NOT NULL,
	"status_reason" text,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "environments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"project_id" uuid NOT NULL,
	"project_key" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"client_side_id" text NOT NULL UNIQUE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"recipient_token_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"run_id" uuid,
	"cohort_sync_id" uuid,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_generations" (
	"environment_id" uuid,
	"key" text,
	"generation" integer NOT NULL,
	CONSTRAINT "segment_generations_pkey" PRIMARY KEY("environment_id","key")
);
--> statement-breakpoint
CREATE TABLE "segment_targets" (
	"segment_id" uuid,
	"context_key" text,
	"included" boolean NOT NULL,
	CONSTRAINT "segment_targets_pkey" PRIMARY KEY("segment_id","context_key")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"environment_id" uuid NOT NULL,
	"project_key" text NOT NULL,
	"environment_key" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"kind" text NOT NULL,
	"context_kind" text DEFAULT 'user' NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"included_count" integer DEFAULT 0 NOT NULL,
	"excluded_count" integer DEFAULT 0 NOT NULL,
	"rules" jsonb DEFAULT '[]' NOT NULL,
	"source_cohort_id" uuid,
	"source_sync_id" uuid,
	"edited_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"last_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cohort_sync_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'QUEUED' NOT NULL,
	"phase" text DEFAULT 'QUEUED' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"skipped_missing_key" integer DEFAULT 0 NOT NULL,
	"skipped_sample" jsonb DEFAULT '[]' NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"error" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "sync_staging" (
	"run_id" uuid NOT NULL,
	"context_key" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_tokens_created_at" ON "access_tokens" ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_syncs_cohort_destination" ON "cohort_syncs" ("cohort_id","destination_id");--> statement-breakpoint
CREATE INDEX "cohort_syncs_next_run_at" ON "cohort_syncs" ("next_run_at");--> statement-breakpoint
CREATE INDEX "cohort_syncs_destination" ON "cohort_syncs" ("destination_id");--> statement-breakpoint
CREATE INDEX "cohort_syncs_segment" ON "cohort_syncs" ("segment_id");--> statement-breakpoint
CREATE INDEX "destinations_environment" ON "destinations" ("environment_id");--> statement-breakpoint
CREATE INDEX "destinations_token" ON "destinations" ("token_id");--> statement-breakpoint
CREATE UNIQUE INDEX "environments_project_key" ON "environments" ("project_id","key");--> statement-breakpoint
CREATE INDEX "notifications_recipient" ON "notifications" ("recipient_token_id","created_at");--> statement-breakpoint
CREATE INDEX "segment_targets_context_key" ON "segment_targets" ("context_key");--> statement-breakpoint
CREATE UNIQUE INDEX "segments_environment_key" ON "segments" ("environment_id","key");--> statement-breakpoint
CREATE INDEX "segments_source_cohort" ON "segments" ("source_cohort_id");--> statement-breakpoint
CREATE INDEX "segments_project_environment" ON "segments" ("project_key","environment_key");--> statement-breakpoint
CREATE UNIQUE INDEX "sync_runs_one_active_per_sync" ON "sync_runs" ("cohort_sync_id") WHERE "status" in ('QUEUED', 'RUNNING');--> statement-breakpoint
CREATE INDEX "sync_runs_claimable" ON "sync_runs" ("run_after") WHERE "status" = 'QUEUED';--> statement-breakpoint
CREATE INDEX "sync_runs_leases" ON "sync_runs" ("lease_until") WHERE "status" = 'RUNNING';--> statement-breakpoint
CREATE INDEX "sync_runs_history" ON "sync_runs" ("cohort_sync_id","queued_at");--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_cohorts_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cohort_syncs" ADD CONSTRAINT "cohort_syncs_cohort_id_cohorts_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cohort_syncs" ADD CONSTRAINT "cohort_syncs_destination_id_destinations_id_fkey" FOREIGN KEY ("destination_id") REFERENCES "destinations"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cohort_syncs" ADD CONSTRAINT "cohort_syncs_segment_id_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "destinations" ADD CONSTRAINT "destinations_environment_id_environments_id_fkey" FOREIGN KEY ("environment_id") REFERENCES "environments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "destinations" ADD CONSTRAINT "destinations_token_id_access_tokens_id_fkey" FOREIGN KEY ("token_id") REFERENCES "access_tokens"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "environments" ADD CONSTRAINT "environments_project_id_projects_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_run_id_sync_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "sync_runs"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_cohort_sync_id_cohort_syncs_id_fkey" FOREIGN KEY ("cohort_sync_id") REFERENCES "cohort_syncs"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "segment_generations" ADD CONSTRAINT "segment_generations_environment_id_environments_id_fkey" FOREIGN KEY ("environment_id") REFERENCES "environments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "segment_targets" ADD CONSTRAINT "segment_targets_segment_id_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_environment_id_environments_id_fkey" FOREIGN KEY ("environment_id") REFERENCES "environments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_source_cohort_id_cohorts_id_fkey" FOREIGN KEY ("source_cohort_id") REFERENCES "cohorts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_cohort_sync_id_cohort_syncs_id_fkey" FOREIGN KEY ("cohort_sync_id") REFERENCES "cohort_syncs"("id") ON DELETE CASCADE;