-- Magento 2.4 (Open Source) database schema - SUBSET for the customer-segmentation tool.
-- Transcribed from magento/magento2 declarative schema (OSL-3.0), see shared magento2/README.md provenance.
-- Derived by hand from the declarative schema files of magento/magento2 (2.4 line):
--   app/code/Magento/Store/etc/db_schema.xml         store_website, store_group, store
--   app/code/Magento/Eav/etc/db_schema.xml           eav_entity_type, eav_attribute, eav_attribute_option(_value)
--   app/code/Magento/Customer/etc/db_schema.xml      customer_group, customer_eav_attribute, customer_entity,
--                                                    customer_entity_{datetime,decimal,int,text,varchar},
--                                                    customer_address_entity, customer_log
--   app/code/Magento/Customer/etc/indexer.xml        customer_grid_flat (built by the indexer, not db_schema)
--   app/code/Magento/Newsletter/etc/db_schema.xml    newsletter_subscriber
--   app/code/Magento/Catalog/etc/db_schema.xml       catalog_product_entity(_varchar), catalog_category_entity(_varchar),
--                                                    catalog_category_product
--   app/code/Magento/SalesRule/etc/db_schema.xml     salesrule, salesrule_coupon
--   app/code/Magento/Sales/etc/db_schema.xml         sales_order, sales_order_address, sales_order_item,
--                                                    sales_order_payment, sales_order_status(_state), sales_creditmemo
--   app/code/Magento/Quote/etc/db_schema.xml         quote, quote_address, quote_item
--   app/code/Magento/Wishlist/etc/db_schema.xml      wishlist, wishlist_item
--   app/code/Magento/Reports/etc/db_schema.xml       report_viewed_product_index
--   + columns grafted onto those tables by app/code/Magento/{GiftMessage,Paypal,OfflineShipping,Persistent}/etc/db_schema.xml
-- Table, column, index and foreign-key names are the real Magento names (index/FK names = db_schema referenceId).
-- Foreign keys are reproduced only where BOTH tables are part of this subset, no data (no default rows) is inserted.
-- Intended for EMPTY test databases only - never run against a live Magento database.
-- See the shared magento2/README.md for semantics (EAV, statuses, guests, Magento 1 / OpenMage / Maho names).
-- Dialect: SQLite 3. Type mapping: int/smallint/bigint -> INTEGER, decimal(p,s) -> NUMERIC(p,s),
-- varchar(n) -> VARCHAR(n), text/mediumtext/longtext -> TEXT, timestamp/datetime/date kept as declared
-- (store 'YYYY-MM-DD HH:MM:SS' UTC strings, like Magento). The original MySQL type is given as a
-- trailing comment on every column. Not reproducible in SQLite: UNSIGNED, ON UPDATE CURRENT_TIMESTAMP
-- (marked 'on_update' - set updated_at explicitly in fixtures) and MySQL column comments.
-- Foreign keys are declared but only enforced after PRAGMA foreign_keys = ON.
--
-- Segmentor copy of shared magento2/schema-sqlite.sql with these changes only:
-- * TABLE PREFIX PLACEHOLDER. Every table name, index name, constraint name and REFERENCES target is written
--   as {prefix}<Magento name>, e.g. CREATE TABLE {prefix}store_website (. Before running the file, replace every
--   occurrence of the 8 characters {prefix} with the Magento table prefix (db.table_prefix in app/etc/env.php,
--   e.g. mg_) or with the empty string. Index and constraint names carry the prefix too, so two prefixes can
--   share one database.
-- * NAME LENGTH. Index/constraint names longer than 58 characters were abbreviated with the word map Magento
--   itself uses for long identifiers (Magento\Framework\DB\ExpressionConverter, e.g. ATTRIBUTE -> ATTR), so that
--   {prefix}<name> stays within the 64-character MySQL / 63-character PostgreSQL identifier limit for prefixes of
--   up to 5 characters (the maximum Magento setup allows for db-prefix). Longer prefixes fail on MySQL (and are silently
--   truncated by PostgreSQL). Renamed:
--     CATALOG_CATEGORY_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_STORE_ID -> CAT_CTGR_ENTT_VCHR_ENTT_ID_ATTR_ID_STORE_ID
--     CATALOG_PRODUCT_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_STORE_ID -> CAT_PRD_ENTT_VCHR_ENTT_ID_ATTR_ID_STORE_ID
--     CUSTOMER_ADDRESS_ENTITY_PARENT_ID_CUSTOMER_ENTITY_ENTITY_ID -> CSTR_ADDR_ENTT_PARENT_ID_CSTR_ENTT_ENTT_ID
--     CUSTOMER_EAV_ATTRIBUTE_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> CSTR_EAV_ATTR_ATTR_ID_EAV_ATTR_ATTR_ID
--     CUSTOMER_ENTITY_DATETIME_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> CSTR_ENTT_DTIME_ATTR_ID_EAV_ATTR_ATTR_ID
--     CUSTOMER_ENTITY_DATETIME_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID -> CSTR_ENTT_DTIME_ENTT_ID_CSTR_ENTT_ENTT_ID
--     CUSTOMER_ENTITY_DECIMAL_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> CSTR_ENTT_DEC_ATTR_ID_EAV_ATTR_ATTR_ID
--     CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID -> CSTR_ENTT_DEC_ENTT_ID_CSTR_ENTT_ENTT_ID
--     CUSTOMER_ENTITY_INT_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> CSTR_ENTT_INT_ATTR_ID_EAV_ATTR_ATTR_ID
--     CUSTOMER_ENTITY_TEXT_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> CSTR_ENTT_TEXT_ATTR_ID_EAV_ATTR_ATTR_ID
--     CUSTOMER_ENTITY_VARCHAR_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> CSTR_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID
--     CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID -> CSTR_ENTT_VCHR_ENTT_ID_CSTR_ENTT_ENTT_ID
--     EAV_ATTRIBUTE_ENTITY_TYPE_ID_EAV_ENTITY_TYPE_ENTITY_TYPE_ID -> EAV_ATTR_ENTT_TYPE_ID_EAV_ENTT_TYPE_ENTT_TYPE_ID
--     EAV_ATTRIBUTE_FRONTEND_INPUT_ENTITY_TYPE_ID_IS_USER_DEFINED -> EAV_ATTR_FRONTEND_INPUT_ENTT_TYPE_ID_IS_USR_DEFINED
--     EAV_ATTRIBUTE_OPTION_ATTRIBUTE_ID_EAV_ATTRIBUTE_ATTRIBUTE_ID -> EAV_ATTR_OPT_ATTR_ID_EAV_ATTR_ATTR_ID
-- * COMMENTS. Semicolons inside comments were replaced by commas (and unpaired apostrophes reworded).
--
-- STATEMENT SPLITTING RULE (the file is written so that this holds):
--   1. remove every comment, i.e. everything from "--" to the end of the line (no string literal or
--      identifier in this file contains "--"),
--   2. split the rest at every semicolon that ends a line (a semicolon followed by "\n", the file has no "\r"),
--   3. trim whitespace from each piece and drop empty pieces. Each remaining piece is one statement.
--   No semicolon occurs in any comment or string literal, so splitting before removing comments yields the same
--   statements (with leading comment lines). No statement contains "/*", "$$" or a DELIMITER change.

-- ---------------------------------------------------------------------------
-- store_website  (Magento_Store, 6 columns)
CREATE TABLE {prefix}store_website (
  website_id INTEGER PRIMARY KEY AUTOINCREMENT,                          -- smallint unsigned auto_increment
  code VARCHAR(32),                                                      -- varchar(32)
  name VARCHAR(64),                                                      -- varchar(64)
  sort_order INTEGER NOT NULL DEFAULT 0,                                 -- smallint unsigned
  default_group_id INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  is_default INTEGER DEFAULT 0                                           -- smallint unsigned
);
CREATE UNIQUE INDEX {prefix}STORE_WEBSITE_CODE ON {prefix}store_website (code);
CREATE INDEX {prefix}STORE_WEBSITE_SORT_ORDER ON {prefix}store_website (sort_order);
CREATE INDEX {prefix}STORE_WEBSITE_DEFAULT_GROUP_ID ON {prefix}store_website (default_group_id);

-- ---------------------------------------------------------------------------
-- store_group  (Magento_Store, 6 columns)
CREATE TABLE {prefix}store_group (
  group_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- smallint unsigned auto_increment
  website_id INTEGER NOT NULL DEFAULT 0,                                 -- smallint unsigned
  name VARCHAR(255) NOT NULL,                                            -- varchar(255)
  root_category_id INTEGER NOT NULL DEFAULT 0,                           -- int unsigned
  default_store_id INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  code VARCHAR(32),                                                      -- varchar(32)
  CONSTRAINT {prefix}STORE_GROUP_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES {prefix}store_website (website_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}STORE_GROUP_CODE ON {prefix}store_group (code);
CREATE INDEX {prefix}STORE_GROUP_WEBSITE_ID ON {prefix}store_group (website_id);
CREATE INDEX {prefix}STORE_GROUP_DEFAULT_STORE_ID ON {prefix}store_group (default_store_id);

-- ---------------------------------------------------------------------------
-- store  (Magento_Store, 7 columns)
CREATE TABLE {prefix}store (
  store_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- smallint unsigned auto_increment
  code VARCHAR(32),                                                      -- varchar(32)
  website_id INTEGER NOT NULL DEFAULT 0,                                 -- smallint unsigned
  group_id INTEGER NOT NULL DEFAULT 0,                                   -- smallint unsigned
  name VARCHAR(255) NOT NULL,                                            -- varchar(255)
  sort_order INTEGER NOT NULL DEFAULT 0,                                 -- smallint unsigned
  is_active INTEGER NOT NULL DEFAULT 0,                                  -- smallint unsigned
  CONSTRAINT {prefix}STORE_GROUP_ID_STORE_GROUP_GROUP_ID FOREIGN KEY (group_id) REFERENCES {prefix}store_group (group_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}STORE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES {prefix}store_website (website_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}STORE_CODE ON {prefix}store (code);
CREATE INDEX {prefix}STORE_WEBSITE_ID ON {prefix}store (website_id);
CREATE INDEX {prefix}STORE_IS_ACTIVE_SORT_ORDER ON {prefix}store (is_active, sort_order);
CREATE INDEX {prefix}STORE_GROUP_ID ON {prefix}store (group_id);

-- ---------------------------------------------------------------------------
-- eav_entity_type  (Magento_Eav, 16 columns)
-- Default install: 1=customer, 2=customer_address, 3=catalog_category, 4=catalog_product,
-- 5=order, 6=invoice, 7=creditmemo, 8=shipment. Always resolve by entity_type_code, never hard-code.
CREATE TABLE {prefix}eav_entity_type (
  entity_type_id INTEGER PRIMARY KEY AUTOINCREMENT,                      -- smallint unsigned auto_increment
  entity_type_code VARCHAR(50) NOT NULL,                                 -- varchar(50)
  entity_model VARCHAR(255) NOT NULL,                                    -- varchar(255)
  attribute_model VARCHAR(255),                                          -- varchar(255)
  entity_table VARCHAR(255),                                             -- varchar(255)
  value_table_prefix VARCHAR(255),                                       -- varchar(255)
  entity_id_field VARCHAR(255),                                          -- varchar(255)
  is_data_sharing INTEGER NOT NULL DEFAULT 1,                            -- smallint unsigned
  data_sharing_key VARCHAR(100) DEFAULT 'default',                       -- varchar(100)
  default_attribute_set_id INTEGER NOT NULL DEFAULT 0,                   -- smallint unsigned
  increment_model VARCHAR(255),                                          -- varchar(255)
  increment_per_store INTEGER NOT NULL DEFAULT 0,                        -- smallint unsigned
  increment_pad_length INTEGER NOT NULL DEFAULT 8,                       -- smallint unsigned
  increment_pad_char VARCHAR(1) NOT NULL DEFAULT '0',                    -- varchar(1)
  additional_attribute_table VARCHAR(255),                               -- varchar(255)
  entity_attribute_collection VARCHAR(255)                               -- varchar(255)
);
CREATE INDEX {prefix}EAV_ENTITY_TYPE_ENTITY_TYPE_CODE ON {prefix}eav_entity_type (entity_type_code);

-- ---------------------------------------------------------------------------
-- eav_attribute  (Magento_Eav, 17 columns)
-- backend_type: static | int | decimal | varchar | text | datetime.
-- static = column of the entity table itself (e.g. customer_entity.gender),
-- otherwise the value lives in <entity_table>_<backend_type> (e.g. customer_entity_int).
CREATE TABLE {prefix}eav_attribute (
  attribute_id INTEGER PRIMARY KEY AUTOINCREMENT,                        -- smallint unsigned auto_increment
  entity_type_id INTEGER NOT NULL DEFAULT 0,                             -- smallint unsigned
  attribute_code VARCHAR(255) NOT NULL,                                  -- varchar(255)
  attribute_model VARCHAR(255),                                          -- varchar(255)
  backend_model VARCHAR(255),                                            -- varchar(255)
  backend_type VARCHAR(8) NOT NULL DEFAULT 'static',                     -- varchar(8)
  backend_table VARCHAR(255),                                            -- varchar(255)
  frontend_model VARCHAR(255),                                           -- varchar(255)
  frontend_input VARCHAR(50),                                            -- varchar(50)
  frontend_label VARCHAR(255),                                           -- varchar(255)
  frontend_class VARCHAR(255),                                           -- varchar(255)
  source_model VARCHAR(255),                                             -- varchar(255)
  is_required INTEGER NOT NULL DEFAULT 0,                                -- smallint unsigned
  is_user_defined INTEGER NOT NULL DEFAULT 0,                            -- smallint unsigned
  default_value TEXT,                                                    -- text
  is_unique INTEGER NOT NULL DEFAULT 0,                                  -- smallint unsigned
  note VARCHAR(255),                                                     -- varchar(255)
  CONSTRAINT {prefix}EAV_ATTR_ENTT_TYPE_ID_EAV_ENTT_TYPE_ENTT_TYPE_ID FOREIGN KEY (entity_type_id) REFERENCES {prefix}eav_entity_type (entity_type_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}EAV_ATTRIBUTE_ENTITY_TYPE_ID_ATTRIBUTE_CODE ON {prefix}eav_attribute (entity_type_id, attribute_code);
CREATE INDEX {prefix}EAV_ATTR_FRONTEND_INPUT_ENTT_TYPE_ID_IS_USR_DEFINED ON {prefix}eav_attribute (frontend_input, entity_type_id, is_user_defined);

-- ---------------------------------------------------------------------------
-- eav_attribute_option  (Magento_Eav, 3 columns)
-- Options of select/multiselect attributes (e.g. customer gender, a custom loyalty_tier).
CREATE TABLE {prefix}eav_attribute_option (
  option_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  sort_order INTEGER NOT NULL DEFAULT 0,                                 -- smallint unsigned
  CONSTRAINT {prefix}EAV_ATTR_OPT_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}EAV_ATTRIBUTE_OPTION_ATTRIBUTE_ID ON {prefix}eav_attribute_option (attribute_id);

-- ---------------------------------------------------------------------------
-- eav_attribute_option_value  (Magento_Eav, 4 columns)
-- Label of an option per store view, store_id 0 = admin/default label.
CREATE TABLE {prefix}eav_attribute_option_value (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int unsigned auto_increment
  option_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  store_id INTEGER NOT NULL DEFAULT 0,                                   -- smallint unsigned
  value VARCHAR(255),                                                    -- varchar(255)
  CONSTRAINT {prefix}EAV_ATTR_OPT_VAL_OPT_ID_EAV_ATTR_OPT_OPT_ID FOREIGN KEY (option_id) REFERENCES {prefix}eav_attribute_option (option_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}EAV_ATTRIBUTE_OPTION_VALUE_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}EAV_ATTRIBUTE_OPTION_VALUE_OPTION_ID ON {prefix}eav_attribute_option_value (option_id);
CREATE INDEX {prefix}EAV_ATTRIBUTE_OPTION_VALUE_STORE_ID ON {prefix}eav_attribute_option_value (store_id);

-- ---------------------------------------------------------------------------
-- customer_group  (Magento_Customer, 3 columns)
-- Default rows: 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.
-- Note: customer_entity.group_id is smallint unsigned although this PK is int unsigned (real Magento quirk).
CREATE TABLE {prefix}customer_group (
  customer_group_id INTEGER PRIMARY KEY AUTOINCREMENT,                   -- int unsigned auto_increment
  customer_group_code VARCHAR(32) NOT NULL,                              -- varchar(32)
  tax_class_id INTEGER NOT NULL DEFAULT 0                                -- int unsigned
);
CREATE INDEX {prefix}CUSTOMER_GROUP_CUSTOMER_GROUP_CODE ON {prefix}customer_group (customer_group_code);

-- ---------------------------------------------------------------------------
-- customer_eav_attribute  (Magento_Customer, 13 columns)
-- 1:1 extension of eav_attribute for customer and customer_address attributes (is_system=0 => custom).
CREATE TABLE {prefix}customer_eav_attribute (
  attribute_id INTEGER NOT NULL,                                         -- smallint unsigned
  is_visible INTEGER NOT NULL DEFAULT 1,                                 -- smallint unsigned
  input_filter VARCHAR(255),                                             -- varchar(255)
  multiline_count INTEGER NOT NULL DEFAULT 1,                            -- smallint unsigned
  validate_rules TEXT,                                                   -- text
  is_system INTEGER NOT NULL DEFAULT 0,                                  -- smallint unsigned
  sort_order INTEGER NOT NULL DEFAULT 0,                                 -- int unsigned
  data_model VARCHAR(255),                                               -- varchar(255)
  is_used_in_grid INTEGER NOT NULL DEFAULT 0,                            -- smallint unsigned
  is_visible_in_grid INTEGER NOT NULL DEFAULT 0,                         -- smallint unsigned
  is_filterable_in_grid INTEGER NOT NULL DEFAULT 0,                      -- smallint unsigned
  is_searchable_in_grid INTEGER NOT NULL DEFAULT 0,                      -- smallint unsigned
  grid_filter_condition_type INTEGER NOT NULL DEFAULT 0,                 -- smallint unsigned
  PRIMARY KEY (attribute_id),
  CONSTRAINT {prefix}CSTR_EAV_ATTR_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}CUSTOMER_EAV_ATTRIBUTE_SORT_ORDER ON {prefix}customer_eav_attribute (sort_order);

-- ---------------------------------------------------------------------------
-- customer_entity  (Magento_Customer, 29 columns)
-- ALL columns of Magento 2.4 customer_entity (29).
-- gender: option_id of the 'gender' attribute (default install 1=Male, 2=Female, 3=Not Specified).
-- confirmation: NULL = confirmed / no confirmation required, non-NULL = pending confirmation key.
-- lock_expires > now() = account locked, failures_num = failed logins.
-- created_in: store view NAME (text), store_id: store view id the account was created in.
-- session_cutoff exists since 2.4.x (older 2.4 releases may lack it).
CREATE TABLE {prefix}customer_entity (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  website_id INTEGER,                                                    -- smallint unsigned
  email VARCHAR(255),                                                    -- varchar(255)
  group_id INTEGER NOT NULL DEFAULT 0,                                   -- smallint unsigned
  increment_id VARCHAR(50),                                              -- varchar(50)
  store_id INTEGER DEFAULT 0,                                            -- smallint unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  is_active INTEGER NOT NULL DEFAULT 1,                                  -- smallint unsigned
  disable_auto_group_change INTEGER NOT NULL DEFAULT 0,                  -- smallint unsigned
  created_in VARCHAR(255),                                               -- varchar(255)
  prefix VARCHAR(40),                                                    -- varchar(40)
  firstname VARCHAR(255),                                                -- varchar(255)
  middlename VARCHAR(255),                                               -- varchar(255)
  lastname VARCHAR(255),                                                 -- varchar(255)
  suffix VARCHAR(40),                                                    -- varchar(40)
  dob DATE,                                                              -- date
  password_hash VARCHAR(128),                                            -- varchar(128)
  rp_token VARCHAR(128),                                                 -- varchar(128)
  rp_token_created_at DATETIME,                                          -- datetime
  default_billing INTEGER,                                               -- int unsigned
  default_shipping INTEGER,                                              -- int unsigned
  taxvat VARCHAR(50),                                                    -- varchar(50)
  confirmation VARCHAR(64),                                              -- varchar(64)
  gender INTEGER,                                                        -- smallint unsigned
  failures_num INTEGER DEFAULT 0,                                        -- smallint
  first_failure TIMESTAMP,                                               -- timestamp
  lock_expires TIMESTAMP,                                                -- timestamp
  session_cutoff TIMESTAMP,                                              -- timestamp
  CONSTRAINT {prefix}CUSTOMER_ENTITY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL,
  CONSTRAINT {prefix}CUSTOMER_ENTITY_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES {prefix}store_website (website_id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_ENTITY_EMAIL_WEBSITE_ID ON {prefix}customer_entity (email, website_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_STORE_ID ON {prefix}customer_entity (store_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_WEBSITE_ID ON {prefix}customer_entity (website_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_FIRSTNAME ON {prefix}customer_entity (firstname);
CREATE INDEX {prefix}CUSTOMER_ENTITY_LASTNAME ON {prefix}customer_entity (lastname);

-- ---------------------------------------------------------------------------
-- customer_entity_datetime  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='datetime' (no store_id: customer attributes are global).
CREATE TABLE {prefix}customer_entity_datetime (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value DATETIME,                                                        -- datetime
  CONSTRAINT {prefix}CSTR_ENTT_DTIME_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CSTR_ENTT_DTIME_ENTT_ID_CSTR_ENTT_ENTT_ID FOREIGN KEY (entity_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID ON {prefix}customer_entity_datetime (entity_id, attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_DATETIME_ATTRIBUTE_ID ON {prefix}customer_entity_datetime (attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID_VALUE ON {prefix}customer_entity_datetime (entity_id, attribute_id, value);

-- ---------------------------------------------------------------------------
-- customer_entity_decimal  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='decimal' (no store_id: customer attributes are global).
CREATE TABLE {prefix}customer_entity_decimal (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value NUMERIC(12,4) NOT NULL DEFAULT 0,                                -- decimal(12,4)
  CONSTRAINT {prefix}CSTR_ENTT_DEC_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CSTR_ENTT_DEC_ENTT_ID_CSTR_ENTT_ENTT_ID FOREIGN KEY (entity_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID ON {prefix}customer_entity_decimal (entity_id, attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_DECIMAL_ATTRIBUTE_ID ON {prefix}customer_entity_decimal (attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID_VALUE ON {prefix}customer_entity_decimal (entity_id, attribute_id, value);

-- ---------------------------------------------------------------------------
-- customer_entity_int  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='int' (no store_id: customer attributes are global).
CREATE TABLE {prefix}customer_entity_int (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value INTEGER NOT NULL DEFAULT 0,                                      -- int
  CONSTRAINT {prefix}CSTR_ENTT_INT_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CUSTOMER_ENTITY_INT_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID ON {prefix}customer_entity_int (entity_id, attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_INT_ATTRIBUTE_ID ON {prefix}customer_entity_int (attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID_VALUE ON {prefix}customer_entity_int (entity_id, attribute_id, value);

-- ---------------------------------------------------------------------------
-- customer_entity_text  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='text' (no store_id: customer attributes are global).
CREATE TABLE {prefix}customer_entity_text (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value TEXT NOT NULL,                                                   -- text
  CONSTRAINT {prefix}CSTR_ENTT_TEXT_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CUSTOMER_ENTITY_TEXT_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (entity_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_ENTITY_TEXT_ENTITY_ID_ATTRIBUTE_ID ON {prefix}customer_entity_text (entity_id, attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_TEXT_ATTRIBUTE_ID ON {prefix}customer_entity_text (attribute_id);

-- ---------------------------------------------------------------------------
-- customer_entity_varchar  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='varchar' (no store_id: customer attributes are global).
CREATE TABLE {prefix}customer_entity_varchar (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value VARCHAR(255),                                                    -- varchar(255)
  CONSTRAINT {prefix}CSTR_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CSTR_ENTT_VCHR_ENTT_ID_CSTR_ENTT_ENTT_ID FOREIGN KEY (entity_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID ON {prefix}customer_entity_varchar (entity_id, attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_VARCHAR_ATTRIBUTE_ID ON {prefix}customer_entity_varchar (attribute_id);
CREATE INDEX {prefix}CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_VALUE ON {prefix}customer_entity_varchar (entity_id, attribute_id, value);

-- ---------------------------------------------------------------------------
-- customer_address_entity  (Magento_Customer, 25 columns)
-- ALL columns of Magento 2.4 customer_address_entity (25).
-- parent_id = customer_entity.entity_id. Default addresses: customer_entity.default_billing/default_shipping.
-- street: multi-line street joined with '\n'. country_id: ISO-2 code (column is varchar(255)).
-- Custom address attributes: customer_address_entity_<backend_type> (same shape as customer_entity_<type>,
-- not included here).
CREATE TABLE {prefix}customer_address_entity (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  increment_id VARCHAR(50),                                              -- varchar(50)
  parent_id INTEGER,                                                     -- int unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  is_active INTEGER NOT NULL DEFAULT 1,                                  -- smallint unsigned
  city VARCHAR(255) NOT NULL,                                            -- varchar(255)
  company VARCHAR(255),                                                  -- varchar(255)
  country_id VARCHAR(255) NOT NULL,                                      -- varchar(255)
  fax VARCHAR(255),                                                      -- varchar(255)
  firstname VARCHAR(255) NOT NULL,                                       -- varchar(255)
  lastname VARCHAR(255) NOT NULL,                                        -- varchar(255)
  middlename VARCHAR(255),                                               -- varchar(255)
  postcode VARCHAR(255),                                                 -- varchar(255)
  prefix VARCHAR(40),                                                    -- varchar(40)
  region VARCHAR(255),                                                   -- varchar(255)
  region_id INTEGER,                                                     -- int unsigned
  street TEXT NOT NULL,                                                  -- text
  suffix VARCHAR(40),                                                    -- varchar(40)
  telephone VARCHAR(255) NOT NULL,                                       -- varchar(255)
  vat_id VARCHAR(255),                                                   -- varchar(255)
  vat_is_valid INTEGER,                                                  -- int unsigned
  vat_request_date VARCHAR(255),                                         -- varchar(255)
  vat_request_id VARCHAR(255),                                           -- varchar(255)
  vat_request_success INTEGER,                                           -- int unsigned
  CONSTRAINT {prefix}CSTR_ADDR_ENTT_PARENT_ID_CSTR_ENTT_ENTT_ID FOREIGN KEY (parent_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}CUSTOMER_ADDRESS_ENTITY_PARENT_ID ON {prefix}customer_address_entity (parent_id);

-- ---------------------------------------------------------------------------
-- customer_grid_flat  (Magento_Customer, 26 columns)
-- NOT declared in db_schema.xml: built by the customer_grid indexer (Magento\Framework\Indexer\GridStructure)
-- from app/code/Magento/Customer/etc/indexer.xml. Column NAMES are exact, column TYPES are approximate.
-- The indexer also adds btree indexes on filterable fields and one FULLTEXT index on searchable fields
-- (not reproduced). Custom attributes flagged is_used_in_grid are appended as extra columns.
-- It is a denormalised cache that can be stale: prefer customer_entity for segmentation.
CREATE TABLE {prefix}customer_grid_flat (
  entity_id INTEGER NOT NULL,                                            -- int unsigned
  name TEXT,                                                             -- text
  email VARCHAR(255),                                                    -- varchar(255)
  group_id INTEGER,                                                      -- int
  created_at TIMESTAMP,                                                  -- timestamp
  website_id INTEGER,                                                    -- int
  confirmation VARCHAR(255),                                             -- varchar(255)
  created_in TEXT,                                                       -- text
  dob DATE,                                                              -- date
  gender INTEGER,                                                        -- int
  taxvat VARCHAR(255),                                                   -- varchar(255)
  lock_expires TIMESTAMP,                                                -- timestamp
  shipping_full TEXT,                                                    -- text
  billing_full TEXT,                                                     -- text
  billing_firstname VARCHAR(255),                                        -- varchar(255)
  billing_lastname VARCHAR(255),                                         -- varchar(255)
  billing_telephone VARCHAR(255),                                        -- varchar(255)
  billing_postcode VARCHAR(255),                                         -- varchar(255)
  billing_country_id VARCHAR(255),                                       -- varchar(255)
  billing_region VARCHAR(255),                                           -- varchar(255)
  billing_region_id INTEGER,                                             -- int
  billing_street VARCHAR(255),                                           -- varchar(255)
  billing_city VARCHAR(255),                                             -- varchar(255)
  billing_fax VARCHAR(255),                                              -- varchar(255)
  billing_vat_id VARCHAR(255),                                           -- varchar(255)
  billing_company VARCHAR(255),                                          -- varchar(255)
  PRIMARY KEY (entity_id)
);

-- ---------------------------------------------------------------------------
-- customer_log  (Magento_Customer, 4 columns)
-- One row per customer: last login/logout time (UTC). No FK to customer_entity.
CREATE TABLE {prefix}customer_log (
  log_id INTEGER PRIMARY KEY AUTOINCREMENT,                              -- int auto_increment
  customer_id INTEGER NOT NULL,                                          -- int
  last_login_at TIMESTAMP,                                               -- timestamp
  last_logout_at TIMESTAMP                                               -- timestamp
);
CREATE UNIQUE INDEX {prefix}CUSTOMER_LOG_CUSTOMER_ID ON {prefix}customer_log (customer_id);

-- ---------------------------------------------------------------------------
-- newsletter_subscriber  (Magento_Newsletter, 7 columns)
-- subscriber_status: 1 subscribed, 2 not active, 3 unsubscribed, 4 unconfirmed.
-- customer_id = 0 for guest subscribers (no FK). Do not assume one row per customer: since 2.4.0 a customer
-- can be subscribed separately per website (one row each), join on customer_id AND store/website.
CREATE TABLE {prefix}newsletter_subscriber (
  subscriber_id INTEGER PRIMARY KEY AUTOINCREMENT,                       -- int unsigned auto_increment
  store_id INTEGER DEFAULT 0,                                            -- smallint unsigned
  change_status_at TIMESTAMP,                                            -- timestamp
  customer_id INTEGER NOT NULL DEFAULT 0,                                -- int unsigned
  subscriber_email VARCHAR(150),                                         -- varchar(150)
  subscriber_status INTEGER NOT NULL DEFAULT 0,                          -- int
  subscriber_confirm_code VARCHAR(32),                                   -- varchar(32)
  CONSTRAINT {prefix}NEWSLETTER_SUBSCRIBER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE INDEX {prefix}NEWSLETTER_SUBSCRIBER_CUSTOMER_ID ON {prefix}newsletter_subscriber (customer_id);
CREATE INDEX {prefix}NEWSLETTER_SUBSCRIBER_STORE_ID ON {prefix}newsletter_subscriber (store_id);
CREATE INDEX {prefix}NEWSLETTER_SUBSCRIBER_SUBSCRIBER_EMAIL ON {prefix}newsletter_subscriber (subscriber_email);

-- ---------------------------------------------------------------------------
-- catalog_product_entity  (Magento_Catalog, 8 columns)
-- Open Source layout. Adobe Commerce (staging) adds row_id (PK), created_in, updated_in and the EAV
-- value tables then reference row_id instead of entity_id. sku is nullable in older 2.x releases.
CREATE TABLE {prefix}catalog_product_entity (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  attribute_set_id INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  type_id VARCHAR(32) NOT NULL DEFAULT 'simple',                         -- varchar(32)
  sku VARCHAR(64) NOT NULL,                                              -- varchar(64)
  has_options INTEGER NOT NULL DEFAULT 0,                                -- smallint
  required_options INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP                -- timestamp on_update
);
CREATE INDEX {prefix}CATALOG_PRODUCT_ENTITY_ATTRIBUTE_SET_ID ON {prefix}catalog_product_entity (attribute_set_id);
CREATE INDEX {prefix}CATALOG_PRODUCT_ENTITY_SKU ON {prefix}catalog_product_entity (sku);

-- ---------------------------------------------------------------------------
-- catalog_product_entity_varchar  (Magento_Catalog, 5 columns)
-- Product name = row with attribute_id of eav_attribute(entity type 'catalog_product', code 'name'),
-- store_id 0 = default value, other store_id rows are store-view overrides.
CREATE TABLE {prefix}catalog_product_entity_varchar (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  store_id INTEGER NOT NULL DEFAULT 0,                                   -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value VARCHAR(255),                                                    -- varchar(255)
  CONSTRAINT {prefix}CAT_PRD_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CAT_PRD_ENTT_VCHR_ENTT_ID_CAT_PRD_ENTT_ENTT_ID FOREIGN KEY (entity_id) REFERENCES {prefix}catalog_product_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CATALOG_PRODUCT_ENTITY_VARCHAR_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CAT_PRD_ENTT_VCHR_ENTT_ID_ATTR_ID_STORE_ID ON {prefix}catalog_product_entity_varchar (entity_id, attribute_id, store_id);
CREATE INDEX {prefix}CATALOG_PRODUCT_ENTITY_VARCHAR_ATTRIBUTE_ID ON {prefix}catalog_product_entity_varchar (attribute_id);
CREATE INDEX {prefix}CATALOG_PRODUCT_ENTITY_VARCHAR_STORE_ID ON {prefix}catalog_product_entity_varchar (store_id);

-- ---------------------------------------------------------------------------
-- catalog_category_entity  (Magento_Catalog, 9 columns)
-- path = '1/2/<...>/<entity_id>' (1 = tree root, 2 = default root category). Name is EAV (varchar 'name').
CREATE TABLE {prefix}catalog_category_entity (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  attribute_set_id INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  parent_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  path VARCHAR(255) NOT NULL,                                            -- varchar(255)
  position INTEGER NOT NULL,                                             -- int
  level INTEGER NOT NULL DEFAULT 0,                                      -- int
  children_count INTEGER NOT NULL                                        -- int
);
CREATE INDEX {prefix}CATALOG_CATEGORY_ENTITY_LEVEL ON {prefix}catalog_category_entity (level);
CREATE INDEX {prefix}CATALOG_CATEGORY_ENTITY_PATH ON {prefix}catalog_category_entity (path);

-- ---------------------------------------------------------------------------
-- catalog_category_entity_varchar  (Magento_Catalog, 5 columns)
-- Category name = attribute_code 'name' of entity type 'catalog_category', store_id 0 = default.
CREATE TABLE {prefix}catalog_category_entity_varchar (
  value_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- int auto_increment
  attribute_id INTEGER NOT NULL DEFAULT 0,                               -- smallint unsigned
  store_id INTEGER NOT NULL DEFAULT 0,                                   -- smallint unsigned
  entity_id INTEGER NOT NULL DEFAULT 0,                                  -- int unsigned
  value VARCHAR(255),                                                    -- varchar(255)
  CONSTRAINT {prefix}CAT_CTGR_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID FOREIGN KEY (attribute_id) REFERENCES {prefix}eav_attribute (attribute_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CAT_CTGR_ENTT_VCHR_ENTT_ID_CAT_CTGR_ENTT_ENTT_ID FOREIGN KEY (entity_id) REFERENCES {prefix}catalog_category_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CAT_CTGR_ENTT_VCHR_ENTT_ID_ATTR_ID_STORE_ID ON {prefix}catalog_category_entity_varchar (entity_id, attribute_id, store_id);
CREATE INDEX {prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_ENTITY_ID ON {prefix}catalog_category_entity_varchar (entity_id);
CREATE INDEX {prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_ATTRIBUTE_ID ON {prefix}catalog_category_entity_varchar (attribute_id);
CREATE INDEX {prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_STORE_ID ON {prefix}catalog_category_entity_varchar (store_id);

-- ---------------------------------------------------------------------------
-- catalog_category_product  (Magento_Catalog, 4 columns)
-- Explicit product->category assignments made in the admin. Products that appear in an anchor category only
-- through its sub-categories are NOT here: walk catalog_category_entity.path, or read the indexer tables
-- catalog_category_product_index_store<N> (not included).
-- SQLite deviation: the Magento PK is (entity_id, category_id, product_id) with entity_id AUTO_INCREMENT, SQLite cannot autoincrement inside a
-- composite key, so entity_id alone is the INTEGER PRIMARY KEY here (it is unique in Magento too).
CREATE TABLE {prefix}catalog_category_product (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int auto_increment
  category_id INTEGER NOT NULL DEFAULT 0,                                -- int unsigned
  product_id INTEGER NOT NULL DEFAULT 0,                                 -- int unsigned
  position INTEGER NOT NULL DEFAULT 0,                                   -- int
  CONSTRAINT {prefix}CAT_CTGR_PRD_PRD_ID_CAT_PRD_ENTT_ENTT_ID FOREIGN KEY (product_id) REFERENCES {prefix}catalog_product_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}CAT_CTGR_PRD_CTGR_ID_CAT_CTGR_ENTT_ENTT_ID FOREIGN KEY (category_id) REFERENCES {prefix}catalog_category_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}CATALOG_CATEGORY_PRODUCT_CATEGORY_ID_PRODUCT_ID ON {prefix}catalog_category_product (category_id, product_id);
CREATE INDEX {prefix}CATALOG_CATEGORY_PRODUCT_PRODUCT_ID ON {prefix}catalog_category_product (product_id);

-- ---------------------------------------------------------------------------
-- salesrule  (Magento_SalesRule, 24 columns)
-- simple_free_shipping is added by Magento_OfflineShipping. Adobe Commerce (staging) keys this table by row_id.
CREATE TABLE {prefix}salesrule (
  rule_id INTEGER PRIMARY KEY AUTOINCREMENT,                             -- int unsigned auto_increment
  name VARCHAR(255),                                                     -- varchar(255)
  description TEXT,                                                      -- text
  from_date DATE,                                                        -- date
  to_date DATE,                                                          -- date
  uses_per_customer INTEGER NOT NULL DEFAULT 0,                          -- int
  is_active INTEGER NOT NULL DEFAULT 0,                                  -- smallint
  conditions_serialized TEXT,                                            -- mediumtext
  actions_serialized TEXT,                                               -- mediumtext
  stop_rules_processing INTEGER NOT NULL DEFAULT 1,                      -- smallint
  is_advanced INTEGER NOT NULL DEFAULT 1,                                -- smallint unsigned
  product_ids TEXT,                                                      -- text
  sort_order INTEGER NOT NULL DEFAULT 0,                                 -- int unsigned
  simple_action VARCHAR(32),                                             -- varchar(32)
  discount_amount NUMERIC(12,4) NOT NULL DEFAULT 0,                      -- decimal(12,4)
  discount_qty NUMERIC(12,4),                                            -- decimal(12,4)
  discount_step INTEGER NOT NULL DEFAULT 0,                              -- int unsigned
  apply_to_shipping INTEGER NOT NULL DEFAULT 0,                          -- smallint unsigned
  times_used INTEGER NOT NULL DEFAULT 0,                                 -- int unsigned
  is_rss INTEGER NOT NULL DEFAULT 0,                                     -- smallint
  coupon_type INTEGER NOT NULL DEFAULT 1,                                -- smallint unsigned
  use_auto_generation INTEGER NOT NULL DEFAULT 0,                        -- smallint
  uses_per_coupon INTEGER NOT NULL DEFAULT 0,                            -- int
  simple_free_shipping INTEGER NOT NULL DEFAULT 0                        -- smallint unsigned
);
CREATE INDEX {prefix}SALESRULE_IS_ACTIVE_SORT_ORDER_TO_DATE_FROM_DATE ON {prefix}salesrule (is_active, sort_order, to_date, from_date);

-- ---------------------------------------------------------------------------
-- salesrule_coupon  (Magento_SalesRule, 10 columns)
-- sales_order.coupon_code / quote.coupon_code hold the code TEXT, not coupon_id.
-- expiration_date was a timestamp in early 2.x, datetime in current 2.4.
CREATE TABLE {prefix}salesrule_coupon (
  coupon_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  rule_id INTEGER NOT NULL,                                              -- int unsigned
  code VARCHAR(255),                                                     -- varchar(255)
  usage_limit INTEGER,                                                   -- int unsigned
  usage_per_customer INTEGER,                                            -- int unsigned
  times_used INTEGER NOT NULL DEFAULT 0,                                 -- int unsigned
  expiration_date DATETIME,                                              -- datetime
  is_primary INTEGER,                                                    -- smallint unsigned
  created_at TIMESTAMP,                                                  -- timestamp
  type INTEGER DEFAULT 0,                                                -- smallint
  CONSTRAINT {prefix}SALESRULE_COUPON_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES {prefix}salesrule (rule_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}SALESRULE_COUPON_CODE ON {prefix}salesrule_coupon (code);
CREATE UNIQUE INDEX {prefix}SALESRULE_COUPON_RULE_ID_IS_PRIMARY ON {prefix}salesrule_coupon (rule_id, is_primary);
CREATE INDEX {prefix}SALESRULE_COUPON_RULE_ID ON {prefix}salesrule_coupon (rule_id);

-- ---------------------------------------------------------------------------
-- sales_order_status  (Magento_Sales, 2 columns)
-- Default statuses: pending, pending_payment, processing, complete, closed, canceled, holded,
-- payment_review, fraud (+ PayPal: pending_paypal, paypal_reversed, paypal_canceled_reversal).
CREATE TABLE {prefix}sales_order_status (
  status VARCHAR(32) NOT NULL,                                           -- varchar(32)
  label VARCHAR(128) NOT NULL,                                           -- varchar(128)
  PRIMARY KEY (status)
);

-- ---------------------------------------------------------------------------
-- sales_order_status_state  (Magento_Sales, 4 columns)
-- Maps custom statuses to the fixed states (new, pending_payment, processing, complete, closed,
-- canceled, holded, payment_review).
CREATE TABLE {prefix}sales_order_status_state (
  status VARCHAR(32) NOT NULL,                                           -- varchar(32)
  state VARCHAR(32) NOT NULL,                                            -- varchar(32)
  is_default INTEGER NOT NULL DEFAULT 0,                                 -- smallint unsigned
  visible_on_front INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  PRIMARY KEY (status, state),
  CONSTRAINT {prefix}SALES_ORDER_STATUS_STATE_STATUS_SALES_ORDER_STATUS_STATUS FOREIGN KEY (status) REFERENCES {prefix}sales_order_status (status) ON DELETE CASCADE
);

-- ---------------------------------------------------------------------------
-- sales_order  (Magento_Sales, 138 columns)
-- ALL columns declared by Magento_Sales for sales_order, plus gift_message_id (Magento_GiftMessage)
-- and paypal_ipn_customer_notified (Magento_Paypal). No Magento_Sales column is omitted, other modules may
-- graft more (Adobe Commerce / third-party: gift cards, reward points, customer balance, ...).
-- base_* = base (website) currency, plain = order_currency_code, *_to_*_rate = conversion rates.
-- Guest order: customer_is_guest=1, customer_id NULL, customer_group_id 0, identity = customer_email.
-- customer_id NULL with customer_is_guest=0 => the customer account was deleted (FK SET NULL).
-- SALES_ORDER_STORE_STATE_CREATED exists in recent 2.4.x only. customer_group_id was smallint before 2.4.
CREATE TABLE {prefix}sales_order (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  state VARCHAR(32),                                                     -- varchar(32)
  status VARCHAR(32),                                                    -- varchar(32)
  coupon_code VARCHAR(255),                                              -- varchar(255)
  protect_code VARCHAR(255),                                             -- varchar(255)
  shipping_description VARCHAR(255),                                     -- varchar(255)
  is_virtual INTEGER,                                                    -- smallint unsigned
  store_id INTEGER,                                                      -- smallint unsigned
  customer_id INTEGER,                                                   -- int unsigned
  base_discount_amount NUMERIC(20,4),                                    -- decimal(20,4)
  base_discount_canceled NUMERIC(20,4),                                  -- decimal(20,4)
  base_discount_invoiced NUMERIC(20,4),                                  -- decimal(20,4)
  base_discount_refunded NUMERIC(20,4),                                  -- decimal(20,4)
  base_grand_total NUMERIC(20,4),                                        -- decimal(20,4)
  base_shipping_amount NUMERIC(20,4),                                    -- decimal(20,4)
  base_shipping_canceled NUMERIC(20,4),                                  -- decimal(20,4)
  base_shipping_invoiced NUMERIC(20,4),                                  -- decimal(20,4)
  base_shipping_refunded NUMERIC(20,4),                                  -- decimal(20,4)
  base_shipping_tax_amount NUMERIC(20,4),                                -- decimal(20,4)
  base_shipping_tax_refunded NUMERIC(20,4),                              -- decimal(20,4)
  base_subtotal NUMERIC(20,4),                                           -- decimal(20,4)
  base_subtotal_canceled NUMERIC(20,4),                                  -- decimal(20,4)
  base_subtotal_invoiced NUMERIC(20,4),                                  -- decimal(20,4)
  base_subtotal_refunded NUMERIC(20,4),                                  -- decimal(20,4)
  base_tax_amount NUMERIC(20,4),                                         -- decimal(20,4)
  base_tax_canceled NUMERIC(20,4),                                       -- decimal(20,4)
  base_tax_invoiced NUMERIC(20,4),                                       -- decimal(20,4)
  base_tax_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  base_to_global_rate NUMERIC(20,4),                                     -- decimal(20,4)
  base_to_order_rate NUMERIC(20,4),                                      -- decimal(20,4)
  base_total_canceled NUMERIC(20,4),                                     -- decimal(20,4)
  base_total_invoiced NUMERIC(20,4),                                     -- decimal(20,4)
  base_total_invoiced_cost NUMERIC(20,4),                                -- decimal(20,4)
  base_total_offline_refunded NUMERIC(20,4),                             -- decimal(20,4)
  base_total_online_refunded NUMERIC(20,4),                              -- decimal(20,4)
  base_total_paid NUMERIC(20,4),                                         -- decimal(20,4)
  base_total_qty_ordered NUMERIC(12,4),                                  -- decimal(12,4)
  base_total_refunded NUMERIC(20,4),                                     -- decimal(20,4)
  discount_amount NUMERIC(20,4),                                         -- decimal(20,4)
  discount_canceled NUMERIC(20,4),                                       -- decimal(20,4)
  discount_invoiced NUMERIC(20,4),                                       -- decimal(20,4)
  discount_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  grand_total NUMERIC(20,4),                                             -- decimal(20,4)
  shipping_amount NUMERIC(20,4),                                         -- decimal(20,4)
  shipping_canceled NUMERIC(20,4),                                       -- decimal(20,4)
  shipping_invoiced NUMERIC(20,4),                                       -- decimal(20,4)
  shipping_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  shipping_tax_amount NUMERIC(20,4),                                     -- decimal(20,4)
  shipping_tax_refunded NUMERIC(20,4),                                   -- decimal(20,4)
  store_to_base_rate NUMERIC(12,4),                                      -- decimal(12,4)
  store_to_order_rate NUMERIC(12,4),                                     -- decimal(12,4)
  subtotal NUMERIC(20,4),                                                -- decimal(20,4)
  subtotal_canceled NUMERIC(20,4),                                       -- decimal(20,4)
  subtotal_invoiced NUMERIC(20,4),                                       -- decimal(20,4)
  subtotal_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  tax_amount NUMERIC(20,4),                                              -- decimal(20,4)
  tax_canceled NUMERIC(20,4),                                            -- decimal(20,4)
  tax_invoiced NUMERIC(20,4),                                            -- decimal(20,4)
  tax_refunded NUMERIC(20,4),                                            -- decimal(20,4)
  total_canceled NUMERIC(20,4),                                          -- decimal(20,4)
  total_invoiced NUMERIC(20,4),                                          -- decimal(20,4)
  total_offline_refunded NUMERIC(20,4),                                  -- decimal(20,4)
  total_online_refunded NUMERIC(20,4),                                   -- decimal(20,4)
  total_paid NUMERIC(20,4),                                              -- decimal(20,4)
  total_qty_ordered NUMERIC(12,4),                                       -- decimal(12,4)
  total_refunded NUMERIC(20,4),                                          -- decimal(20,4)
  can_ship_partially INTEGER,                                            -- smallint unsigned
  can_ship_partially_item INTEGER,                                       -- smallint unsigned
  customer_is_guest INTEGER,                                             -- smallint unsigned
  customer_note_notify INTEGER,                                          -- smallint unsigned
  billing_address_id INTEGER,                                            -- int
  customer_group_id INTEGER,                                             -- int
  edit_increment INTEGER,                                                -- int
  email_sent INTEGER,                                                    -- smallint unsigned
  send_email INTEGER,                                                    -- smallint unsigned
  forced_shipment_with_invoice INTEGER,                                  -- smallint unsigned
  payment_auth_expiration INTEGER,                                       -- int
  quote_address_id INTEGER,                                              -- int
  quote_id INTEGER,                                                      -- int
  shipping_address_id INTEGER,                                           -- int
  adjustment_negative NUMERIC(20,4),                                     -- decimal(20,4)
  adjustment_positive NUMERIC(20,4),                                     -- decimal(20,4)
  base_adjustment_negative NUMERIC(20,4),                                -- decimal(20,4)
  base_adjustment_positive NUMERIC(20,4),                                -- decimal(20,4)
  base_shipping_discount_amount NUMERIC(20,4),                           -- decimal(20,4)
  base_subtotal_incl_tax NUMERIC(20,4),                                  -- decimal(20,4)
  base_total_due NUMERIC(20,4),                                          -- decimal(20,4)
  payment_authorization_amount NUMERIC(20,4),                            -- decimal(20,4)
  shipping_discount_amount NUMERIC(20,4),                                -- decimal(20,4)
  subtotal_incl_tax NUMERIC(20,4),                                       -- decimal(20,4)
  total_due NUMERIC(20,4),                                               -- decimal(20,4)
  weight NUMERIC(12,4),                                                  -- decimal(12,4)
  customer_dob DATETIME,                                                 -- datetime
  increment_id VARCHAR(50),                                              -- varchar(50)
  applied_rule_ids VARCHAR(128),                                         -- varchar(128)
  base_currency_code VARCHAR(3),                                         -- varchar(3)
  customer_email VARCHAR(128),                                           -- varchar(128)
  customer_firstname VARCHAR(128),                                       -- varchar(128)
  customer_lastname VARCHAR(128),                                        -- varchar(128)
  customer_middlename VARCHAR(128),                                      -- varchar(128)
  customer_prefix VARCHAR(32),                                           -- varchar(32)
  customer_suffix VARCHAR(32),                                           -- varchar(32)
  customer_taxvat VARCHAR(32),                                           -- varchar(32)
  discount_description VARCHAR(255),                                     -- varchar(255)
  ext_customer_id VARCHAR(32),                                           -- varchar(32)
  ext_order_id VARCHAR(32),                                              -- varchar(32)
  global_currency_code VARCHAR(3),                                       -- varchar(3)
  hold_before_state VARCHAR(32),                                         -- varchar(32)
  hold_before_status VARCHAR(32),                                        -- varchar(32)
  order_currency_code VARCHAR(3),                                        -- varchar(3)
  original_increment_id VARCHAR(50),                                     -- varchar(50)
  relation_child_id VARCHAR(32),                                         -- varchar(32)
  relation_child_real_id VARCHAR(32),                                    -- varchar(32)
  relation_parent_id VARCHAR(32),                                        -- varchar(32)
  relation_parent_real_id VARCHAR(32),                                   -- varchar(32)
  remote_ip VARCHAR(45),                                                 -- varchar(45)
  shipping_method VARCHAR(120),                                          -- varchar(120)
  store_currency_code VARCHAR(3),                                        -- varchar(3)
  store_name VARCHAR(255),                                               -- varchar(255)
  x_forwarded_for VARCHAR(255),                                          -- varchar(255)
  customer_note TEXT,                                                    -- text
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  total_item_count INTEGER NOT NULL DEFAULT 0,                           -- smallint unsigned
  customer_gender INTEGER,                                               -- int
  discount_tax_compensation_amount NUMERIC(20,4),                        -- decimal(20,4)
  base_discount_tax_compensation_amount NUMERIC(20,4),                   -- decimal(20,4)
  shipping_discount_tax_compensation_amount NUMERIC(20,4),               -- decimal(20,4)
  base_shipping_discount_tax_compensation_amnt NUMERIC(20,4),            -- decimal(20,4)
  discount_tax_compensation_invoiced NUMERIC(20,4),                      -- decimal(20,4)
  base_discount_tax_compensation_invoiced NUMERIC(20,4),                 -- decimal(20,4)
  discount_tax_compensation_refunded NUMERIC(20,4),                      -- decimal(20,4)
  base_discount_tax_compensation_refunded NUMERIC(20,4),                 -- decimal(20,4)
  shipping_incl_tax NUMERIC(20,4),                                       -- decimal(20,4)
  base_shipping_incl_tax NUMERIC(20,4),                                  -- decimal(20,4)
  coupon_rule_name VARCHAR(255),                                         -- varchar(255)
  gift_message_id INTEGER,                                               -- int
  paypal_ipn_customer_notified INTEGER DEFAULT 0,                        -- int
  CONSTRAINT {prefix}SALES_ORDER_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (customer_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE SET NULL,
  CONSTRAINT {prefix}SALES_ORDER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX {prefix}SALES_ORDER_INCREMENT_ID_STORE_ID ON {prefix}sales_order (increment_id, store_id);
-- Magento index name is SALES_ORDER_STATUS, renamed SALES_ORDER_STATUS_IDX because SQLite keeps tables and indexes in one namespace.
CREATE INDEX {prefix}SALES_ORDER_STATUS_IDX ON {prefix}sales_order (status);
CREATE INDEX {prefix}SALES_ORDER_STATE ON {prefix}sales_order (state);
CREATE INDEX {prefix}SALES_ORDER_STORE_ID ON {prefix}sales_order (store_id);
CREATE INDEX {prefix}SALES_ORDER_CREATED_AT ON {prefix}sales_order (created_at);
CREATE INDEX {prefix}SALES_ORDER_CUSTOMER_ID ON {prefix}sales_order (customer_id);
CREATE INDEX {prefix}SALES_ORDER_EXT_ORDER_ID ON {prefix}sales_order (ext_order_id);
CREATE INDEX {prefix}SALES_ORDER_QUOTE_ID ON {prefix}sales_order (quote_id);
CREATE INDEX {prefix}SALES_ORDER_UPDATED_AT ON {prefix}sales_order (updated_at);
CREATE INDEX {prefix}SALES_ORDER_SEND_EMAIL ON {prefix}sales_order (send_email);
CREATE INDEX {prefix}SALES_ORDER_EMAIL_SENT ON {prefix}sales_order (email_sent);
CREATE INDEX {prefix}SALES_ORDER_STORE_STATE_CREATED ON {prefix}sales_order (store_id, state, created_at);

-- ---------------------------------------------------------------------------
-- sales_order_address  (Magento_Sales, 26 columns)
-- ALL columns. parent_id = sales_order.entity_id, address_type = 'billing' | 'shipping'
-- (virtual orders have no shipping row). Snapshot of the address at order time.
CREATE TABLE {prefix}sales_order_address (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  parent_id INTEGER,                                                     -- int unsigned
  customer_address_id INTEGER,                                           -- int
  quote_address_id INTEGER,                                              -- int
  region_id INTEGER,                                                     -- int
  customer_id INTEGER,                                                   -- int
  fax VARCHAR(255),                                                      -- varchar(255)
  region VARCHAR(255),                                                   -- varchar(255)
  postcode VARCHAR(255),                                                 -- varchar(255)
  lastname VARCHAR(255),                                                 -- varchar(255)
  street VARCHAR(255),                                                   -- varchar(255)
  city VARCHAR(255),                                                     -- varchar(255)
  email VARCHAR(255),                                                    -- varchar(255)
  telephone VARCHAR(255),                                                -- varchar(255)
  country_id VARCHAR(2),                                                 -- varchar(2)
  firstname VARCHAR(255),                                                -- varchar(255)
  address_type VARCHAR(255),                                             -- varchar(255)
  prefix VARCHAR(255),                                                   -- varchar(255)
  middlename VARCHAR(255),                                               -- varchar(255)
  suffix VARCHAR(255),                                                   -- varchar(255)
  company VARCHAR(255),                                                  -- varchar(255)
  vat_id TEXT,                                                           -- text
  vat_is_valid INTEGER,                                                  -- smallint
  vat_request_id TEXT,                                                   -- text
  vat_request_date TEXT,                                                 -- text
  vat_request_success INTEGER,                                           -- smallint
  CONSTRAINT {prefix}SALES_ORDER_ADDRESS_PARENT_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES {prefix}sales_order (entity_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}SALES_ORDER_ADDRESS_PARENT_ID ON {prefix}sales_order_address (parent_id);

-- ---------------------------------------------------------------------------
-- sales_order_item  (Magento_Sales, 71 columns)
-- ALL Magento_Sales columns + gift_message_id/gift_message_available (GiftMessage) + free_shipping
-- (OfflineShipping). OMITTED: the 9 Magento_Weee columns (weee_tax_applied, weee_tax_applied_amount,
-- weee_tax_applied_row_amount, weee_tax_disposition, weee_tax_row_disposition, base_weee_tax_applied_amount,
-- base_weee_tax_applied_row_amnt, base_weee_tax_disposition, base_weee_tax_row_disposition).
-- Configurable/bundle: parent row (parent_item_id NULL) + child rows (parent_item_id = parent item_id),
-- count/sum on parent_item_id IS NULL to avoid double counting. No FK on product_id (product may be gone),
-- sku/name are snapshots at order time.
CREATE TABLE {prefix}sales_order_item (
  item_id INTEGER PRIMARY KEY AUTOINCREMENT,                             -- int unsigned auto_increment
  order_id INTEGER NOT NULL DEFAULT 0,                                   -- int unsigned
  parent_item_id INTEGER,                                                -- int unsigned
  quote_item_id INTEGER,                                                 -- int unsigned
  store_id INTEGER,                                                      -- smallint unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  product_id INTEGER,                                                    -- int unsigned
  product_type VARCHAR(255),                                             -- varchar(255)
  product_options TEXT,                                                  -- longtext
  weight NUMERIC(12,4) DEFAULT 0,                                        -- decimal(12,4)
  is_virtual INTEGER,                                                    -- smallint unsigned
  sku VARCHAR(255),                                                      -- varchar(255)
  name VARCHAR(255),                                                     -- varchar(255)
  description TEXT,                                                      -- text
  applied_rule_ids TEXT,                                                 -- text
  additional_data TEXT,                                                  -- text
  is_qty_decimal INTEGER,                                                -- smallint unsigned
  no_discount INTEGER NOT NULL DEFAULT 0,                                -- smallint unsigned
  qty_backordered NUMERIC(12,4) DEFAULT 0,                               -- decimal(12,4)
  qty_canceled NUMERIC(12,4) DEFAULT 0,                                  -- decimal(12,4)
  qty_invoiced NUMERIC(12,4) DEFAULT 0,                                  -- decimal(12,4)
  qty_ordered NUMERIC(12,4) DEFAULT 0,                                   -- decimal(12,4)
  qty_refunded NUMERIC(12,4) DEFAULT 0,                                  -- decimal(12,4)
  qty_shipped NUMERIC(12,4) DEFAULT 0,                                   -- decimal(12,4)
  base_cost NUMERIC(12,4) DEFAULT 0,                                     -- decimal(12,4)
  price NUMERIC(20,4) NOT NULL DEFAULT 0,                                -- decimal(20,4)
  base_price NUMERIC(20,4) NOT NULL DEFAULT 0,                           -- decimal(20,4)
  original_price NUMERIC(20,4),                                          -- decimal(20,4)
  base_original_price NUMERIC(20,4),                                     -- decimal(20,4)
  tax_percent NUMERIC(12,4) DEFAULT 0,                                   -- decimal(12,4)
  tax_amount NUMERIC(20,4) DEFAULT 0,                                    -- decimal(20,4)
  base_tax_amount NUMERIC(20,4) DEFAULT 0,                               -- decimal(20,4)
  tax_invoiced NUMERIC(20,4) DEFAULT 0,                                  -- decimal(20,4)
  base_tax_invoiced NUMERIC(20,4) DEFAULT 0,                             -- decimal(20,4)
  discount_percent NUMERIC(12,4) DEFAULT 0,                              -- decimal(12,4)
  discount_amount NUMERIC(20,4) DEFAULT 0,                               -- decimal(20,4)
  base_discount_amount NUMERIC(20,4) DEFAULT 0,                          -- decimal(20,4)
  discount_invoiced NUMERIC(20,4) DEFAULT 0,                             -- decimal(20,4)
  base_discount_invoiced NUMERIC(20,4) DEFAULT 0,                        -- decimal(20,4)
  amount_refunded NUMERIC(20,4) DEFAULT 0,                               -- decimal(20,4)
  base_amount_refunded NUMERIC(20,4) DEFAULT 0,                          -- decimal(20,4)
  row_total NUMERIC(20,4) NOT NULL DEFAULT 0,                            -- decimal(20,4)
  base_row_total NUMERIC(20,4) NOT NULL DEFAULT 0,                       -- decimal(20,4)
  row_invoiced NUMERIC(20,4) NOT NULL DEFAULT 0,                         -- decimal(20,4)
  base_row_invoiced NUMERIC(20,4) NOT NULL DEFAULT 0,                    -- decimal(20,4)
  row_weight NUMERIC(12,4) DEFAULT 0,                                    -- decimal(12,4)
  base_tax_before_discount NUMERIC(20,4),                                -- decimal(20,4)
  tax_before_discount NUMERIC(20,4),                                     -- decimal(20,4)
  ext_order_item_id VARCHAR(255),                                        -- varchar(255)
  locked_do_invoice INTEGER,                                             -- smallint unsigned
  locked_do_ship INTEGER,                                                -- smallint unsigned
  price_incl_tax NUMERIC(20,4),                                          -- decimal(20,4)
  base_price_incl_tax NUMERIC(20,4),                                     -- decimal(20,4)
  row_total_incl_tax NUMERIC(20,4),                                      -- decimal(20,4)
  base_row_total_incl_tax NUMERIC(20,4),                                 -- decimal(20,4)
  discount_tax_compensation_amount NUMERIC(20,4),                        -- decimal(20,4)
  base_discount_tax_compensation_amount NUMERIC(20,4),                   -- decimal(20,4)
  discount_tax_compensation_invoiced NUMERIC(20,4),                      -- decimal(20,4)
  base_discount_tax_compensation_invoiced NUMERIC(20,4),                 -- decimal(20,4)
  discount_tax_compensation_refunded NUMERIC(20,4),                      -- decimal(20,4)
  base_discount_tax_compensation_refunded NUMERIC(20,4),                 -- decimal(20,4)
  tax_canceled NUMERIC(12,4),                                            -- decimal(12,4)
  discount_tax_compensation_canceled NUMERIC(20,4),                      -- decimal(20,4)
  tax_refunded NUMERIC(20,4),                                            -- decimal(20,4)
  base_tax_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  discount_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  base_discount_refunded NUMERIC(20,4),                                  -- decimal(20,4)
  gift_message_id INTEGER,                                               -- int
  gift_message_available INTEGER,                                        -- int
  free_shipping INTEGER NOT NULL DEFAULT 0,                              -- smallint unsigned
  CONSTRAINT {prefix}SALES_ORDER_ITEM_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES {prefix}sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}SALES_ORDER_ITEM_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE INDEX {prefix}SALES_ORDER_ITEM_ORDER_ID ON {prefix}sales_order_item (order_id);
CREATE INDEX {prefix}SALES_ORDER_ITEM_STORE_ID ON {prefix}sales_order_item (store_id);

-- ---------------------------------------------------------------------------
-- sales_order_payment  (Magento_Sales, 54 columns)
-- ALL Magento_Sales columns. parent_id = sales_order.entity_id (1 row per order).
-- method = payment method code: checkmo, banktransfer, cashondelivery, purchaseorder, free, braintree,
-- paypal_express, ... additional_information = JSON (was PHP-serialized before 2.2).
CREATE TABLE {prefix}sales_order_payment (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  parent_id INTEGER NOT NULL,                                            -- int unsigned
  base_shipping_captured NUMERIC(20,4),                                  -- decimal(20,4)
  shipping_captured NUMERIC(20,4),                                       -- decimal(20,4)
  amount_refunded NUMERIC(20,4),                                         -- decimal(20,4)
  base_amount_paid NUMERIC(20,4),                                        -- decimal(20,4)
  amount_canceled NUMERIC(20,4),                                         -- decimal(20,4)
  base_amount_authorized NUMERIC(20,4),                                  -- decimal(20,4)
  base_amount_paid_online NUMERIC(20,4),                                 -- decimal(20,4)
  base_amount_refunded_online NUMERIC(20,4),                             -- decimal(20,4)
  base_shipping_amount NUMERIC(20,4),                                    -- decimal(20,4)
  shipping_amount NUMERIC(20,4),                                         -- decimal(20,4)
  amount_paid NUMERIC(20,4),                                             -- decimal(20,4)
  amount_authorized NUMERIC(20,4),                                       -- decimal(20,4)
  base_amount_ordered NUMERIC(20,4),                                     -- decimal(20,4)
  base_shipping_refunded NUMERIC(20,4),                                  -- decimal(20,4)
  shipping_refunded NUMERIC(20,4),                                       -- decimal(20,4)
  base_amount_refunded NUMERIC(20,4),                                    -- decimal(20,4)
  amount_ordered NUMERIC(20,4),                                          -- decimal(20,4)
  base_amount_canceled NUMERIC(20,4),                                    -- decimal(20,4)
  quote_payment_id INTEGER,                                              -- int
  additional_data TEXT,                                                  -- text
  cc_exp_month VARCHAR(12),                                              -- varchar(12)
  cc_ss_start_year VARCHAR(12),                                          -- varchar(12)
  echeck_bank_name VARCHAR(128),                                         -- varchar(128)
  method VARCHAR(128),                                                   -- varchar(128)
  cc_debug_request_body VARCHAR(32),                                     -- varchar(32)
  cc_secure_verify VARCHAR(32),                                          -- varchar(32)
  protection_eligibility VARCHAR(32),                                    -- varchar(32)
  cc_approval VARCHAR(32),                                               -- varchar(32)
  cc_last_4 VARCHAR(100),                                                -- varchar(100)
  cc_status_description VARCHAR(32),                                     -- varchar(32)
  echeck_type VARCHAR(32),                                               -- varchar(32)
  cc_debug_response_serialized VARCHAR(32),                              -- varchar(32)
  cc_ss_start_month VARCHAR(128),                                        -- varchar(128)
  echeck_account_type VARCHAR(255),                                      -- varchar(255)
  last_trans_id VARCHAR(255),                                            -- varchar(255)
  cc_cid_status VARCHAR(32),                                             -- varchar(32)
  cc_owner VARCHAR(128),                                                 -- varchar(128)
  cc_type VARCHAR(32),                                                   -- varchar(32)
  po_number VARCHAR(32),                                                 -- varchar(32)
  cc_exp_year VARCHAR(4),                                                -- varchar(4)
  cc_status VARCHAR(4),                                                  -- varchar(4)
  echeck_routing_number VARCHAR(32),                                     -- varchar(32)
  account_status VARCHAR(32),                                            -- varchar(32)
  anet_trans_method VARCHAR(32),                                         -- varchar(32)
  cc_debug_response_body VARCHAR(32),                                    -- varchar(32)
  cc_ss_issue VARCHAR(32),                                               -- varchar(32)
  echeck_account_name VARCHAR(32),                                       -- varchar(32)
  cc_avs_status VARCHAR(32),                                             -- varchar(32)
  cc_number_enc VARCHAR(128),                                            -- varchar(128)
  cc_trans_id VARCHAR(32),                                               -- varchar(32)
  address_status VARCHAR(32),                                            -- varchar(32)
  additional_information TEXT,                                           -- text
  CONSTRAINT {prefix}SALES_ORDER_PAYMENT_PARENT_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES {prefix}sales_order (entity_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}SALES_ORDER_PAYMENT_PARENT_ID ON {prefix}sales_order_payment (parent_id);

-- ---------------------------------------------------------------------------
-- sales_creditmemo  (Magento_Sales, 41 columns)
-- Totals/keys subset. OMITTED columns: email_sent, send_email, shipping_address_id, billing_address_id,
-- transaction_id, shipping_discount_tax_compensation_amount, base_shipping_discount_tax_compensation_amnt,
-- discount_description, customer_note, customer_note_notify, and the indexes SALES_CREDITMEMO_SEND_EMAIL,
-- SALES_CREDITMEMO_EMAIL_SENT that cover them. state: 1 open, 2 refunded, 3 canceled.
-- Order-level refunded totals are already in sales_order.total_refunded / base_total_refunded.
CREATE TABLE {prefix}sales_creditmemo (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  store_id INTEGER,                                                      -- smallint unsigned
  adjustment_positive NUMERIC(20,4),                                     -- decimal(20,4)
  base_shipping_tax_amount NUMERIC(20,4),                                -- decimal(20,4)
  store_to_order_rate NUMERIC(20,4),                                     -- decimal(20,4)
  base_discount_amount NUMERIC(20,4),                                    -- decimal(20,4)
  base_to_order_rate NUMERIC(20,4),                                      -- decimal(20,4)
  grand_total NUMERIC(20,4),                                             -- decimal(20,4)
  base_adjustment_negative NUMERIC(20,4),                                -- decimal(20,4)
  base_subtotal_incl_tax NUMERIC(20,4),                                  -- decimal(20,4)
  shipping_amount NUMERIC(20,4),                                         -- decimal(20,4)
  subtotal_incl_tax NUMERIC(20,4),                                       -- decimal(20,4)
  adjustment_negative NUMERIC(20,4),                                     -- decimal(20,4)
  base_shipping_amount NUMERIC(20,4),                                    -- decimal(20,4)
  store_to_base_rate NUMERIC(20,4),                                      -- decimal(20,4)
  base_to_global_rate NUMERIC(20,4),                                     -- decimal(20,4)
  base_adjustment NUMERIC(20,4),                                         -- decimal(20,4)
  base_subtotal NUMERIC(20,4),                                           -- decimal(20,4)
  discount_amount NUMERIC(20,4),                                         -- decimal(20,4)
  subtotal NUMERIC(20,4),                                                -- decimal(20,4)
  adjustment NUMERIC(20,4),                                              -- decimal(20,4)
  base_grand_total NUMERIC(20,4),                                        -- decimal(20,4)
  base_adjustment_positive NUMERIC(20,4),                                -- decimal(20,4)
  base_tax_amount NUMERIC(20,4),                                         -- decimal(20,4)
  shipping_tax_amount NUMERIC(20,4),                                     -- decimal(20,4)
  tax_amount NUMERIC(20,4),                                              -- decimal(20,4)
  order_id INTEGER NOT NULL,                                             -- int unsigned
  creditmemo_status INTEGER,                                             -- int
  state INTEGER,                                                         -- int
  invoice_id INTEGER,                                                    -- int
  store_currency_code VARCHAR(3),                                        -- varchar(3)
  order_currency_code VARCHAR(3),                                        -- varchar(3)
  base_currency_code VARCHAR(3),                                         -- varchar(3)
  global_currency_code VARCHAR(3),                                       -- varchar(3)
  increment_id VARCHAR(50),                                              -- varchar(50)
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  discount_tax_compensation_amount NUMERIC(20,4),                        -- decimal(20,4)
  base_discount_tax_compensation_amount NUMERIC(20,4),                   -- decimal(20,4)
  shipping_incl_tax NUMERIC(20,4),                                       -- decimal(20,4)
  base_shipping_incl_tax NUMERIC(20,4),                                  -- decimal(20,4)
  CONSTRAINT {prefix}SALES_CREDITMEMO_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES {prefix}sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}SALES_CREDITMEMO_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX {prefix}SALES_CREDITMEMO_INCREMENT_ID_STORE_ID ON {prefix}sales_creditmemo (increment_id, store_id);
CREATE INDEX {prefix}SALES_CREDITMEMO_STORE_ID ON {prefix}sales_creditmemo (store_id);
CREATE INDEX {prefix}SALES_CREDITMEMO_ORDER_ID ON {prefix}sales_creditmemo (order_id);
CREATE INDEX {prefix}SALES_CREDITMEMO_CREDITMEMO_STATUS ON {prefix}sales_creditmemo (creditmemo_status);
CREATE INDEX {prefix}SALES_CREDITMEMO_STATE ON {prefix}sales_creditmemo (state);
CREATE INDEX {prefix}SALES_CREDITMEMO_CREATED_AT ON {prefix}sales_creditmemo (created_at);
CREATE INDEX {prefix}SALES_CREDITMEMO_UPDATED_AT ON {prefix}sales_creditmemo (updated_at);

-- ---------------------------------------------------------------------------
-- quote  (Magento_Quote, 51 columns)
-- ALL 49 Magento_Quote columns + gift_message_id (GiftMessage) + is_persistent (Persistent).
-- Cart = quote with is_active=1 (0 after it was converted to an order or merged).
-- No FK on customer_id, guest carts have customer_id NULL (customer_is_guest is only set at checkout).
-- QUOTE_STORE_ID_UPDATED_AT exists in recent 2.4.x only. Totals were decimal(12,4) before 2.4.
CREATE TABLE {prefix}quote (
  entity_id INTEGER PRIMARY KEY AUTOINCREMENT,                           -- int unsigned auto_increment
  store_id INTEGER NOT NULL DEFAULT 0,                                   -- smallint unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  converted_at TIMESTAMP,                                                -- timestamp
  is_active INTEGER DEFAULT 1,                                           -- smallint unsigned
  is_virtual INTEGER DEFAULT 0,                                          -- smallint unsigned
  is_multi_shipping INTEGER DEFAULT 0,                                   -- smallint unsigned
  items_count INTEGER DEFAULT 0,                                         -- int unsigned
  items_qty NUMERIC(12,4) DEFAULT 0,                                     -- decimal(12,4)
  orig_order_id INTEGER DEFAULT 0,                                       -- int unsigned
  store_to_base_rate NUMERIC(12,4) DEFAULT 0,                            -- decimal(12,4)
  store_to_quote_rate NUMERIC(12,4) DEFAULT 0,                           -- decimal(12,4)
  base_currency_code VARCHAR(255),                                       -- varchar(255)
  store_currency_code VARCHAR(255),                                      -- varchar(255)
  quote_currency_code VARCHAR(255),                                      -- varchar(255)
  grand_total NUMERIC(20,4) DEFAULT 0,                                   -- decimal(20,4)
  base_grand_total NUMERIC(20,4) DEFAULT 0,                              -- decimal(20,4)
  checkout_method VARCHAR(255),                                          -- varchar(255)
  customer_id INTEGER,                                                   -- int unsigned
  customer_tax_class_id INTEGER,                                         -- int unsigned
  customer_group_id INTEGER DEFAULT 0,                                   -- int unsigned
  customer_email VARCHAR(255),                                           -- varchar(255)
  customer_prefix VARCHAR(40),                                           -- varchar(40)
  customer_firstname VARCHAR(255),                                       -- varchar(255)
  customer_middlename VARCHAR(40),                                       -- varchar(40)
  customer_lastname VARCHAR(255),                                        -- varchar(255)
  customer_suffix VARCHAR(40),                                           -- varchar(40)
  customer_dob DATETIME,                                                 -- datetime
  customer_note VARCHAR(255),                                            -- varchar(255)
  customer_note_notify INTEGER DEFAULT 1,                                -- smallint unsigned
  customer_is_guest INTEGER DEFAULT 0,                                   -- smallint unsigned
  remote_ip VARCHAR(45),                                                 -- varchar(45)
  applied_rule_ids VARCHAR(255),                                         -- varchar(255)
  reserved_order_id VARCHAR(64),                                         -- varchar(64)
  password_hash VARCHAR(255),                                            -- varchar(255)
  coupon_code VARCHAR(255),                                              -- varchar(255)
  global_currency_code VARCHAR(255),                                     -- varchar(255)
  base_to_global_rate NUMERIC(20,4),                                     -- decimal(20,4)
  base_to_quote_rate NUMERIC(20,4),                                      -- decimal(20,4)
  customer_taxvat VARCHAR(255),                                          -- varchar(255)
  customer_gender VARCHAR(255),                                          -- varchar(255)
  subtotal NUMERIC(20,4),                                                -- decimal(20,4)
  base_subtotal NUMERIC(20,4),                                           -- decimal(20,4)
  subtotal_with_discount NUMERIC(20,4),                                  -- decimal(20,4)
  base_subtotal_with_discount NUMERIC(20,4),                             -- decimal(20,4)
  is_changed INTEGER,                                                    -- int unsigned
  trigger_recollect INTEGER NOT NULL DEFAULT 0,                          -- smallint
  ext_shipping_info TEXT,                                                -- text
  gift_message_id INTEGER,                                               -- int
  is_persistent INTEGER DEFAULT 0,                                       -- smallint unsigned
  CONSTRAINT {prefix}QUOTE_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}QUOTE_CUSTOMER_ID_STORE_ID_IS_ACTIVE ON {prefix}quote (customer_id, store_id, is_active);
CREATE INDEX {prefix}QUOTE_STORE_ID ON {prefix}quote (store_id);
CREATE INDEX {prefix}QUOTE_STORE_ID_UPDATED_AT ON {prefix}quote (store_id, updated_at);

-- ---------------------------------------------------------------------------
-- quote_address  (Magento_Quote, 34 columns)
-- BRIEF subset (34 of ~64). OMITTED: save_in_address_book, prefix, middlename, suffix, fax, same_as_billing,
-- collect_shipping_rates, shipping_tax_amount, base_shipping_tax_amount, customer_notes, applied_taxes,
-- discount_description, shipping_discount_amount, base_shipping_discount_amount, subtotal_incl_tax,
-- base_subtotal_total_incl_tax, discount_tax_compensation_amount, base_discount_tax_compensation_amount,
-- shipping_discount_tax_compensation_amount, base_shipping_discount_tax_compensation_amnt, shipping_incl_tax,
-- base_shipping_incl_tax, vat_is_valid, vat_request_id, vat_request_date, vat_request_success,
-- validated_country_code, validated_vat_number, gift_message_id (GiftMessage), free_shipping (OfflineShipping).
-- address_type = 'billing' | 'shipping'. Cart totals live on the shipping address row (and on quote).
CREATE TABLE {prefix}quote_address (
  address_id INTEGER PRIMARY KEY AUTOINCREMENT,                          -- int unsigned auto_increment
  quote_id INTEGER NOT NULL DEFAULT 0,                                   -- int unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  customer_id INTEGER,                                                   -- int unsigned
  customer_address_id INTEGER,                                           -- int unsigned
  address_type VARCHAR(10),                                              -- varchar(10)
  email VARCHAR(255),                                                    -- varchar(255)
  firstname VARCHAR(255),                                                -- varchar(255)
  lastname VARCHAR(255),                                                 -- varchar(255)
  company VARCHAR(255),                                                  -- varchar(255)
  street VARCHAR(255),                                                   -- varchar(255)
  city VARCHAR(255),                                                     -- varchar(255)
  region VARCHAR(255),                                                   -- varchar(255)
  region_id INTEGER,                                                     -- int unsigned
  postcode VARCHAR(20),                                                  -- varchar(20)
  country_id VARCHAR(30),                                                -- varchar(30)
  telephone VARCHAR(255),                                                -- varchar(255)
  shipping_method VARCHAR(120),                                          -- varchar(120)
  shipping_description VARCHAR(255),                                     -- varchar(255)
  weight NUMERIC(12,4) NOT NULL DEFAULT 0,                               -- decimal(12,4)
  subtotal NUMERIC(20,4) NOT NULL DEFAULT 0,                             -- decimal(20,4)
  base_subtotal NUMERIC(20,4) NOT NULL DEFAULT 0,                        -- decimal(20,4)
  subtotal_with_discount NUMERIC(20,4) NOT NULL DEFAULT 0,               -- decimal(20,4)
  base_subtotal_with_discount NUMERIC(20,4) NOT NULL DEFAULT 0,          -- decimal(20,4)
  tax_amount NUMERIC(20,4) NOT NULL DEFAULT 0,                           -- decimal(20,4)
  base_tax_amount NUMERIC(20,4) NOT NULL DEFAULT 0,                      -- decimal(20,4)
  shipping_amount NUMERIC(20,4) NOT NULL DEFAULT 0,                      -- decimal(20,4)
  base_shipping_amount NUMERIC(20,4) NOT NULL DEFAULT 0,                 -- decimal(20,4)
  discount_amount NUMERIC(20,4) NOT NULL DEFAULT 0,                      -- decimal(20,4)
  base_discount_amount NUMERIC(20,4) NOT NULL DEFAULT 0,                 -- decimal(20,4)
  grand_total NUMERIC(20,4) NOT NULL DEFAULT 0,                          -- decimal(20,4)
  base_grand_total NUMERIC(20,4) NOT NULL DEFAULT 0,                     -- decimal(20,4)
  vat_id TEXT,                                                           -- text
  CONSTRAINT {prefix}QUOTE_ADDRESS_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES {prefix}quote (entity_id) ON DELETE CASCADE
);
CREATE INDEX {prefix}QUOTE_ADDRESS_QUOTE_ID ON {prefix}quote_address (quote_id);

-- ---------------------------------------------------------------------------
-- quote_item  (Magento_Quote, 44 columns)
-- ALL 42 Magento_Quote columns + gift_message_id (GiftMessage) + free_shipping (OfflineShipping).
-- OMITTED: the 9 Magento_Weee weee_* columns (same names as on sales_order_item).
-- Same parent/child convention as sales_order_item (configurable/bundle children have parent_item_id).
CREATE TABLE {prefix}quote_item (
  item_id INTEGER PRIMARY KEY AUTOINCREMENT,                             -- int unsigned auto_increment
  quote_id INTEGER NOT NULL DEFAULT 0,                                   -- int unsigned
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,               -- timestamp on_update
  product_id INTEGER,                                                    -- int unsigned
  store_id INTEGER,                                                      -- smallint unsigned
  parent_item_id INTEGER,                                                -- int unsigned
  is_virtual INTEGER,                                                    -- smallint unsigned
  sku VARCHAR(255),                                                      -- varchar(255)
  name VARCHAR(255),                                                     -- varchar(255)
  description TEXT,                                                      -- text
  applied_rule_ids TEXT,                                                 -- text
  additional_data TEXT,                                                  -- text
  is_qty_decimal INTEGER,                                                -- smallint unsigned
  no_discount INTEGER DEFAULT 0,                                         -- smallint unsigned
  weight NUMERIC(12,4) DEFAULT 0,                                        -- decimal(12,4)
  qty NUMERIC(12,4) NOT NULL DEFAULT 0,                                  -- decimal(12,4)
  price NUMERIC(12,4) NOT NULL DEFAULT 0,                                -- decimal(12,4)
  base_price NUMERIC(12,4) NOT NULL DEFAULT 0,                           -- decimal(12,4)
  custom_price NUMERIC(12,4),                                            -- decimal(12,4)
  discount_percent NUMERIC(12,4) DEFAULT 0,                              -- decimal(12,4)
  discount_amount NUMERIC(20,4) DEFAULT 0,                               -- decimal(20,4)
  base_discount_amount NUMERIC(20,4) DEFAULT 0,                          -- decimal(20,4)
  tax_percent NUMERIC(12,4) DEFAULT 0,                                   -- decimal(12,4)
  tax_amount NUMERIC(20,4) DEFAULT 0,                                    -- decimal(20,4)
  base_tax_amount NUMERIC(20,4) DEFAULT 0,                               -- decimal(20,4)
  row_total NUMERIC(20,4) NOT NULL DEFAULT 0,                            -- decimal(20,4)
  base_row_total NUMERIC(20,4) NOT NULL DEFAULT 0,                       -- decimal(20,4)
  row_total_with_discount NUMERIC(20,4) DEFAULT 0,                       -- decimal(20,4)
  row_weight NUMERIC(12,4) DEFAULT 0,                                    -- decimal(12,4)
  product_type VARCHAR(255),                                             -- varchar(255)
  base_tax_before_discount NUMERIC(20,4),                                -- decimal(20,4)
  tax_before_discount NUMERIC(20,4),                                     -- decimal(20,4)
  original_custom_price NUMERIC(12,4),                                   -- decimal(12,4)
  redirect_url VARCHAR(255),                                             -- varchar(255)
  base_cost NUMERIC(12,4),                                               -- decimal(12,4)
  price_incl_tax NUMERIC(20,4),                                          -- decimal(20,4)
  base_price_incl_tax NUMERIC(20,4),                                     -- decimal(20,4)
  row_total_incl_tax NUMERIC(20,4),                                      -- decimal(20,4)
  base_row_total_incl_tax NUMERIC(20,4),                                 -- decimal(20,4)
  discount_tax_compensation_amount NUMERIC(20,4),                        -- decimal(20,4)
  base_discount_tax_compensation_amount NUMERIC(20,4),                   -- decimal(20,4)
  gift_message_id INTEGER,                                               -- int
  free_shipping INTEGER NOT NULL DEFAULT 0,                              -- smallint unsigned
  CONSTRAINT {prefix}QUOTE_ITEM_PARENT_ITEM_ID_QUOTE_ITEM_ITEM_ID FOREIGN KEY (parent_item_id) REFERENCES {prefix}quote_item (item_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}QUOTE_ITEM_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES {prefix}quote (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}QUOTE_ITEM_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE INDEX {prefix}QUOTE_ITEM_PARENT_ITEM_ID ON {prefix}quote_item (parent_item_id);
CREATE INDEX {prefix}QUOTE_ITEM_PRODUCT_ID ON {prefix}quote_item (product_id);
CREATE INDEX {prefix}QUOTE_ITEM_QUOTE_ID ON {prefix}quote_item (quote_id);
CREATE INDEX {prefix}QUOTE_ITEM_STORE_ID ON {prefix}quote_item (store_id);

-- ---------------------------------------------------------------------------
-- wishlist  (Magento_Wishlist, 5 columns)
-- One wishlist per customer in Open Source (Adobe Commerce multiple wishlists add columns).
CREATE TABLE {prefix}wishlist (
  wishlist_id INTEGER PRIMARY KEY AUTOINCREMENT,                         -- int unsigned auto_increment
  customer_id INTEGER NOT NULL DEFAULT 0,                                -- int unsigned
  shared INTEGER NOT NULL DEFAULT 0,                                     -- smallint unsigned
  sharing_code VARCHAR(32),                                              -- varchar(32)
  updated_at TIMESTAMP,                                                  -- timestamp
  CONSTRAINT {prefix}WISHLIST_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (customer_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX {prefix}WISHLIST_CUSTOMER_ID ON {prefix}wishlist (customer_id);
CREATE INDEX {prefix}WISHLIST_SHARED ON {prefix}wishlist (shared);

-- ---------------------------------------------------------------------------
-- wishlist_item  (Magento_Wishlist, 7 columns)
CREATE TABLE {prefix}wishlist_item (
  wishlist_item_id INTEGER PRIMARY KEY AUTOINCREMENT,                    -- int unsigned auto_increment
  wishlist_id INTEGER NOT NULL DEFAULT 0,                                -- int unsigned
  product_id INTEGER NOT NULL DEFAULT 0,                                 -- int unsigned
  store_id INTEGER,                                                      -- smallint unsigned
  added_at TIMESTAMP,                                                    -- timestamp
  description TEXT,                                                      -- text
  qty NUMERIC(12,4) NOT NULL,                                            -- decimal(12,4)
  CONSTRAINT {prefix}WISHLIST_ITEM_WISHLIST_ID_WISHLIST_WISHLIST_ID FOREIGN KEY (wishlist_id) REFERENCES {prefix}wishlist (wishlist_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}WISHLIST_ITEM_PRODUCT_ID_CATALOG_PRODUCT_ENTITY_ENTITY_ID FOREIGN KEY (product_id) REFERENCES {prefix}catalog_product_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}WISHLIST_ITEM_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE INDEX {prefix}WISHLIST_ITEM_WISHLIST_ID ON {prefix}wishlist_item (wishlist_id);
CREATE INDEX {prefix}WISHLIST_ITEM_PRODUCT_ID ON {prefix}wishlist_item (product_id);
CREATE INDEX {prefix}WISHLIST_ITEM_STORE_ID ON {prefix}wishlist_item (store_id);

-- ---------------------------------------------------------------------------
-- report_viewed_product_index  (Magento_Reports, 6 columns)
-- Unique per (visitor_id, product_id) and per (customer_id, product_id): NOT a view history, one row per
-- customer+product with the time of the recorded view. Only filled when Reports statistics are enabled
-- and the product page is rendered by PHP (views served from full-page cache may be missing).
-- report_compared_product_index has the identical shape (not included).
CREATE TABLE {prefix}report_viewed_product_index (
  index_id INTEGER PRIMARY KEY AUTOINCREMENT,                            -- bigint unsigned auto_increment
  visitor_id INTEGER,                                                    -- int unsigned
  customer_id INTEGER,                                                   -- int unsigned
  product_id INTEGER NOT NULL,                                           -- int unsigned
  store_id INTEGER,                                                      -- smallint unsigned
  added_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,                 -- timestamp
  CONSTRAINT {prefix}REPORT_VIEWED_PRD_IDX_CSTR_ID_CSTR_ENTT_ENTT_ID FOREIGN KEY (customer_id) REFERENCES {prefix}customer_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}REPORT_VIEWED_PRD_IDX_PRD_ID_CAT_PRD_ENTT_ENTT_ID FOREIGN KEY (product_id) REFERENCES {prefix}catalog_product_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT {prefix}REPORT_VIEWED_PRODUCT_INDEX_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES {prefix}store (store_id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX {prefix}REPORT_VIEWED_PRODUCT_INDEX_VISITOR_ID_PRODUCT_ID ON {prefix}report_viewed_product_index (visitor_id, product_id);
CREATE UNIQUE INDEX {prefix}REPORT_VIEWED_PRODUCT_INDEX_CUSTOMER_ID_PRODUCT_ID ON {prefix}report_viewed_product_index (customer_id, product_id);
CREATE INDEX {prefix}REPORT_VIEWED_PRODUCT_INDEX_STORE_ID ON {prefix}report_viewed_product_index (store_id);
CREATE INDEX {prefix}REPORT_VIEWED_PRODUCT_INDEX_ADDED_AT ON {prefix}report_viewed_product_index (added_at);
CREATE INDEX {prefix}REPORT_VIEWED_PRODUCT_INDEX_PRODUCT_ID ON {prefix}report_viewed_product_index (product_id);

