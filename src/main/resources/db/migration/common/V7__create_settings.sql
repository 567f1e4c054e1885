-- Small key/value settings that belong with the data (not with the window).
CREATE TABLE settings (
    setting_key   VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
