-- The Vietnamese nine-month report (January to September, period ids like 2026N9) as a reporting period.
ALTER TABLE report_form DROP CONSTRAINT report_form_period_type_check;
ALTER TABLE report_form ADD CONSTRAINT report_form_period_type_check
    CHECK (period_type IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'NINE_MONTHLY', 'YEARLY'));
ALTER TABLE report_template DROP CONSTRAINT report_template_period_type_check;
ALTER TABLE report_template ADD CONSTRAINT report_template_period_type_check
    CHECK (period_type IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'NINE_MONTHLY', 'YEARLY'));
