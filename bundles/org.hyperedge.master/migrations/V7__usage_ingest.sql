-- Nothing reads usage records by instance (the ledger answers per instance and day, invoices read the ledger):
-- the index only slowed every ingested usage record down.
DROP INDEX usage_record_by_instance;
