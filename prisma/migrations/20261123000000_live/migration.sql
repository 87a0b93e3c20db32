-- CreateTable
CREATE TABLE "WatchedIoc" (
    "userId" TEXT NOT NULL,
    "type" "IocType" NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchedIoc_pkey" PRIMARY KEY ("userId","type","value")
);

-- AddForeignKey
ALTER TABLE "WatchedIoc" ADD CONSTRAINT "WatchedIoc_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Change-log ids in commit order, across all collections (not only within one, which the collection row
-- lock already gives). A reader that tails the log by id (`id > last seen`) then never skips a change that
-- committed late with a smaller id. The id is drawn under a transaction-scoped advisory lock, held until
-- commit, so the next writer draws its id only after this one is visible. Each change is the last write of
-- its transaction, so the lock is held for the insert and the commit only.
CREATE FUNCTION "CollectionChange_commit_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7243901119);
  NEW.id := nextval(pg_get_serial_sequence('"CollectionChange"', 'id'));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "CollectionChange_commit_order" BEFORE INSERT ON "CollectionChange"
  FOR EACH ROW EXECUTE FUNCTION "CollectionChange_commit_order"();
