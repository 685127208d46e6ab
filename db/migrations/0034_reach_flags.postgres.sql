-- Keeping customers.opted_out_* / marketing_consent true (see the common file). Consents of other
-- purposes (the seed's million service-call consents) do not touch the customer row.
CREATE FUNCTION crm_reach_flags_refresh(cid BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET
        opted_out_all = (EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = cid AND o.contact_type = 'all'))::int,
        opted_out_service = (EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = cid
                                                                     AND o.contact_type = 'service'))::int,
        opted_out_marketing = (EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = cid
                                                                       AND o.contact_type = 'marketing'))::int,
        marketing_consent = (EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = cid
                                                                     AND k.purpose = 'marketing_calls' AND k.granted = 1))::int
     WHERE id = cid;
$$;
CREATE FUNCTION crm_reach_flags_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM crm_reach_flags_refresh(OLD.customer_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM crm_reach_flags_refresh(NEW.customer_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_optouts_reach AFTER INSERT OR UPDATE OR DELETE ON customer_optouts FOR EACH ROW
    EXECUTE FUNCTION crm_reach_flags_changed();
CREATE TRIGGER customer_consents_reach_insert AFTER INSERT ON customer_consents FOR EACH ROW
    WHEN (NEW.purpose = 'marketing_calls') EXECUTE FUNCTION crm_reach_flags_changed();
CREATE TRIGGER customer_consents_reach_update AFTER UPDATE ON customer_consents FOR EACH ROW
    WHEN (OLD.purpose = 'marketing_calls' OR NEW.purpose = 'marketing_calls') EXECUTE FUNCTION crm_reach_flags_changed();
CREATE TRIGGER customer_consents_reach_delete AFTER DELETE ON customer_consents FOR EACH ROW
    WHEN (OLD.purpose = 'marketing_calls') EXECUTE FUNCTION crm_reach_flags_changed();
