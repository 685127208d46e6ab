-- Keeping customers.opted_out_* / marketing_consent true (see the common file). Consents of other
-- purposes (the seed's million service-call consents) do not touch the customer row.
CREATE TRIGGER customer_optouts_reach_insert AFTER INSERT ON customer_optouts BEGIN
    UPDATE customers SET
        opted_out_all = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id AND o.contact_type = 'all'),
        opted_out_service = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                   AND o.contact_type = 'service'),
        opted_out_marketing = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                     AND o.contact_type = 'marketing'),
        marketing_consent = EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = customers.id
                                                                   AND k.purpose = 'marketing_calls' AND k.granted = 1)
     WHERE id = NEW.customer_id;
END;
CREATE TRIGGER customer_optouts_reach_update AFTER UPDATE ON customer_optouts BEGIN
    UPDATE customers SET
        opted_out_all = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id AND o.contact_type = 'all'),
        opted_out_service = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                   AND o.contact_type = 'service'),
        opted_out_marketing = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                     AND o.contact_type = 'marketing'),
        marketing_consent = EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = customers.id
                                                                   AND k.purpose = 'marketing_calls' AND k.granted = 1)
     WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER customer_optouts_reach_delete AFTER DELETE ON customer_optouts BEGIN
    UPDATE customers SET
        opted_out_all = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id AND o.contact_type = 'all'),
        opted_out_service = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                   AND o.contact_type = 'service'),
        opted_out_marketing = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                     AND o.contact_type = 'marketing'),
        marketing_consent = EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = customers.id
                                                                   AND k.purpose = 'marketing_calls' AND k.granted = 1)
     WHERE id = OLD.customer_id;
END;
CREATE TRIGGER customer_consents_reach_insert AFTER INSERT ON customer_consents WHEN NEW.purpose = 'marketing_calls' BEGIN
    UPDATE customers SET
        opted_out_all = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id AND o.contact_type = 'all'),
        opted_out_service = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                   AND o.contact_type = 'service'),
        opted_out_marketing = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                     AND o.contact_type = 'marketing'),
        marketing_consent = EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = customers.id
                                                                   AND k.purpose = 'marketing_calls' AND k.granted = 1)
     WHERE id = NEW.customer_id;
END;
CREATE TRIGGER customer_consents_reach_update AFTER UPDATE ON customer_consents WHEN OLD.purpose = 'marketing_calls' OR NEW.purpose = 'marketing_calls' BEGIN
    UPDATE customers SET
        opted_out_all = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id AND o.contact_type = 'all'),
        opted_out_service = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                   AND o.contact_type = 'service'),
        opted_out_marketing = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                     AND o.contact_type = 'marketing'),
        marketing_consent = EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = customers.id
                                                                   AND k.purpose = 'marketing_calls' AND k.granted = 1)
     WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER customer_consents_reach_delete AFTER DELETE ON customer_consents WHEN OLD.purpose = 'marketing_calls' BEGIN
    UPDATE customers SET
        opted_out_all = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id AND o.contact_type = 'all'),
        opted_out_service = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                   AND o.contact_type = 'service'),
        opted_out_marketing = EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = customers.id
                                                                     AND o.contact_type = 'marketing'),
        marketing_consent = EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = customers.id
                                                                   AND k.purpose = 'marketing_calls' AND k.granted = 1)
     WHERE id = OLD.customer_id;
END;
