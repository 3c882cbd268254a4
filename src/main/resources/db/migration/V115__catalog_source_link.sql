-- Where the records behind an item's figures are listed: a path in this application with {unit} and {period}
-- placeholders, e.g. /records?type=BTXH&unit={unit}&period={period}. Never an external URL.
ALTER TABLE data_item ADD COLUMN source_link varchar(500)
    -- a path of this site: '//host' and '/\host' would leave it
    CONSTRAINT data_item_source_link_local CHECK (source_link ~ '^/([^/\\]|$)');

-- Items the records module created before links existed.
UPDATE data_item SET source_link = '/records?type=' || substring(code FROM 10) || '&unit={unit}&period={period}'
WHERE code IN ('HS-SOHOA-BTXH', 'HS-SOHOA-HONGHEO') AND source_link IS NULL;
