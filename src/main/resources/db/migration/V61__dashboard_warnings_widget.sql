-- A widget listing unusual figures (values far outside their usual range) as warnings.
ALTER TABLE dashboard_widget DROP CONSTRAINT dashboard_widget_chart_type_check;
ALTER TABLE dashboard_widget ADD CONSTRAINT dashboard_widget_chart_type_check
    CHECK (chart_type IN ('LINE', 'COLUMN', 'STACKED', 'PIE', 'GAUGE', 'SINGLE', 'TABLE', 'MAP', 'WARNINGS',
                          'PLACEHOLDER'));
