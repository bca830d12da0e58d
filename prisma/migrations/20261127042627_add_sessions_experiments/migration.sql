-- CreateEnum
CREATE TYPE "SessionStart" AS ENUM ('product', 'attributes', 'text');

-- CreateEnum
CREATE TYPE "TurnKind" AS ENUM ('start', 'manipulate', 'undo', 'reference');

-- CreateEnum
CREATE TYPE "ExperimentStatus" AS ENUM ('draft', 'running', 'stopped');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('impression', 'click', 'like', 'dislike', 'add_to_cart');

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('analyst', 'admin');

-- CreateTable
CREATE TABLE "chat_sessions" (
    "id" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "user_id" TEXT NOT NULL,
    "start_kind" "SessionStart" NOT NULL,
    "start_product_id" TEXT,
    "start_attributes" JSONB,
    "start_text" TEXT,
    "model" TEXT NOT NULL,
    "variant_id" TEXT,
    "turn_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "current_turn_id" TEXT,

    CONSTRAINT "chat_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "turns" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "parent_id" TEXT,
    "kind" "TurnKind" NOT NULL,
    "input_text" TEXT,
    "manipulations" JSONB NOT NULL DEFAULT '[]',
    "state" BYTEA NOT NULL,
    "ranked_product_ids" TEXT[],
    "scores" DOUBLE PRECISION[],
    "model" TEXT NOT NULL,
    "variant_id" TEXT,
    "latency_ms" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "turns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "experiments" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" "ExperimentStatus" NOT NULL DEFAULT 'draft',
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "experiments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "experiment_variants" (
    "id" TEXT NOT NULL,
    "experiment_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "config" JSONB NOT NULL,

    CONSTRAINT "experiment_variants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exposures" (
    "id" TEXT NOT NULL,
    "experiment_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "session_id" TEXT,
    "turn_id" TEXT,
    "ranked_product_ids" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exposures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL,
    "exposure_id" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "product_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" TEXT NOT NULL,
    "key_hash" CHAR(64) NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "chat_sessions_token_hash_key" ON "chat_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "chat_sessions_created_at_idx" ON "chat_sessions"("created_at" DESC);

-- CreateIndex
CREATE INDEX "chat_sessions_variant_id_created_at_idx" ON "chat_sessions"("variant_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "chat_sessions_turn_count_idx" ON "chat_sessions"("turn_count");

-- CreateIndex
CREATE INDEX "chat_sessions_user_id_created_at_idx" ON "chat_sessions"("user_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "chat_sessions_current_turn_id_id_key" ON "chat_sessions"("current_turn_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "turns_session_id_seq_key" ON "turns"("session_id", "seq");

-- CreateIndex
CREATE INDEX "turns_parent_id_idx" ON "turns"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "turns_id_session_id_key" ON "turns"("id", "session_id");

-- CreateIndex
CREATE UNIQUE INDEX "experiments_key_key" ON "experiments"("key");

-- CreateIndex
CREATE UNIQUE INDEX "experiment_variants_experiment_id_key_key" ON "experiment_variants"("experiment_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "experiment_variants_id_experiment_id_key" ON "experiment_variants"("id", "experiment_id");

-- CreateIndex
CREATE INDEX "exposures_experiment_id_variant_id_created_at_idx" ON "exposures"("experiment_id", "variant_id", "created_at");

-- CreateIndex
CREATE INDEX "exposures_session_id_idx" ON "exposures"("session_id");

-- CreateIndex
CREATE INDEX "exposures_turn_id_idx" ON "exposures"("turn_id");

-- CreateIndex
CREATE INDEX "events_exposure_id_kind_idx" ON "events"("exposure_id", "kind");

-- CreateIndex
CREATE INDEX "events_kind_created_at_idx" ON "events"("kind", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- AddForeignKey
ALTER TABLE "chat_sessions" ADD CONSTRAINT "chat_sessions_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "experiment_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_sessions" ADD CONSTRAINT "chat_sessions_current_turn_id_id_fkey" FOREIGN KEY ("current_turn_id", "id") REFERENCES "turns"("id", "session_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "turns" ADD CONSTRAINT "turns_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "chat_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "turns" ADD CONSTRAINT "turns_parent_id_session_id_fkey" FOREIGN KEY ("parent_id", "session_id") REFERENCES "turns"("id", "session_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "turns" ADD CONSTRAINT "turns_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "experiment_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experiment_variants" ADD CONSTRAINT "experiment_variants_experiment_id_fkey" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_experiment_id_fkey" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_variant_id_experiment_id_fkey" FOREIGN KEY ("variant_id", "experiment_id") REFERENCES "experiment_variants"("id", "experiment_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "chat_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_turn_id_fkey" FOREIGN KEY ("turn_id") REFERENCES "turns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_exposure_id_fkey" FOREIGN KEY ("exposure_id") REFERENCES "exposures"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Added by hand: Prisma's schema language has no CHECK constraints (and migrate diff ignores them),
-- so the invariants that @atelier/db validates are also enforced for writers that bypass it.
ALTER TABLE "chat_sessions"
    ADD CONSTRAINT "chat_sessions_start_matches_kind" CHECK (
        CASE "start_kind"
            WHEN 'product' THEN "start_product_id" IS NOT NULL
            WHEN 'attributes' THEN "start_attributes" IS NOT NULL
            WHEN 'text' THEN "start_text" IS NOT NULL
        END
    ),
    ADD CONSTRAINT "chat_sessions_turn_count_nonnegative" CHECK ("turn_count" >= 0);

-- Only the root of a session's tree is a "start" turn, and every other turn has a parent.
ALTER TABLE "turns"
    ADD CONSTRAINT "turns_root_is_start" CHECK (("parent_id" IS NULL) = ("kind" = 'start')),
    ADD CONSTRAINT "turns_seq_positive" CHECK ("seq" >= 1),
    ADD CONSTRAINT "turns_latency_nonnegative" CHECK ("latency_ms" >= 0),
    ADD CONSTRAINT "turns_ranking_aligned" CHECK (
        "ranked_product_ids" IS NOT NULL AND "scores" IS NOT NULL
        AND cardinality("ranked_product_ids") = cardinality("scores")
    );

ALTER TABLE "experiment_variants"
    ADD CONSTRAINT "experiment_variants_weight_positive" CHECK ("weight" > 0);

ALTER TABLE "exposures"
    ADD CONSTRAINT "exposures_ranked_product_ids_present" CHECK ("ranked_product_ids" IS NOT NULL);
