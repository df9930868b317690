-- What a convenio baseline may state besides its signed and in-force
-- instruments: how many concluded, and how they divide by sector and by
-- type. The breakdowns are nested lists that nothing refers to: JSON text,
-- like a contest's categories. That in-force and concluded add up to the
-- signed, and each breakdown too, is the domain's rule (baseline_rules).
ALTER TABLE convenio_baselines ADD COLUMN concluded INTEGER CHECK (concluded >= 0);
ALTER TABLE convenio_baselines ADD COLUMN by_sector TEXT;
ALTER TABLE convenio_baselines ADD COLUMN by_type TEXT;
