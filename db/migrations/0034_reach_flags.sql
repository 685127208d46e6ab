-- Who may be called for a campaign, kept on the customer row: a campaign's list counts every
-- customer of its segment by exclusion reason, and three probes per customer into the opt-outs
-- and consents cost more than the rest of the count at a million customers. Triggers (engine
-- files) keep the flags true whatever path writes an opt-out or a marketing consent.
ALTER TABLE customers ADD COLUMN opted_out_all INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN opted_out_service INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN opted_out_marketing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0;

UPDATE customers SET opted_out_all = 1
 WHERE id IN (SELECT customer_id FROM customer_optouts WHERE contact_type = 'all');
UPDATE customers SET opted_out_service = 1
 WHERE id IN (SELECT customer_id FROM customer_optouts WHERE contact_type = 'service');
UPDATE customers SET opted_out_marketing = 1
 WHERE id IN (SELECT customer_id FROM customer_optouts WHERE contact_type = 'marketing');
UPDATE customers SET marketing_consent = 1
 WHERE id IN (SELECT customer_id FROM customer_consents WHERE purpose = 'marketing_calls' AND granted = 1);
