-- CreateTable
CREATE TABLE "products" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "price_cents" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "labels" INTEGER[],
    "image_svg" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "products_created_at_id_idx" ON "products"("created_at" DESC, "id" DESC);


-- Added by hand: Prisma's schema language has no CHECK constraints (and migrate diff ignores them),
-- so the invariants that @atelier/db validates are also enforced for writers that bypass it.
ALTER TABLE "products"
    ADD CONSTRAINT "products_price_cents_nonnegative" CHECK ("price_cents" >= 0),
    ADD CONSTRAINT "products_stock_nonnegative" CHECK ("stock" >= 0),
    ADD CONSTRAINT "products_labels_binary" CHECK ("labels" IS NOT NULL AND "labels" <@ ARRAY[0, 1]);
