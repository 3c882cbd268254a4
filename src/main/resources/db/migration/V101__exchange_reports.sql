-- Push subscriptions may also receive a webhook when a report is issued into the reports library.
ALTER TABLE exchange_subscription ADD COLUMN reports boolean NOT NULL DEFAULT false;
