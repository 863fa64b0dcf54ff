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
-- Dialect: MySQL 8 / MariaDB 10.4+ (InnoDB). Types follow the Magento DDL (int unsigned, decimal(20,4), ...).
-- Charset: utf8mb4 as on Magento >= 2.4.7 installs, older installs use utf8 (utf8mb3) - irrelevant for reads.
--
-- Segmentor copy of shared magento2/schema-mysql.sql with these changes only:
-- * TABLE PREFIX PLACEHOLDER. Every table name, index name, constraint name and REFERENCES target is written
--   as {prefix}<Magento name>, e.g. CREATE TABLE `{prefix}store_website` (. Before running the file, replace every
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
--
-- MYSQL / MARIADB NOTES. To insert the Magento id-0 rows (website 0, store group 0, store 0, customer group 0)
-- into the AUTO_INCREMENT columns, run SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO' (optionally with the strict
-- modes, e.g. 'NO_AUTO_VALUE_ON_ZERO,STRICT_TRANS_TABLES') on the same connection first, otherwise an explicit
-- 0 is replaced by the next auto-increment value. Run SET time_zone = '+00:00' as Magento does, so that the
-- timestamp columns hold UTC. SET FOREIGN_KEY_CHECKS below is per session: run all statements on one connection.

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ---------------------------------------------------------------------------
-- store_website  (Magento_Store, 6 columns)
CREATE TABLE `{prefix}store_website` (
  `website_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(32) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `sort_order` smallint unsigned NOT NULL DEFAULT 0,
  `default_group_id` smallint unsigned NOT NULL DEFAULT 0,
  `is_default` smallint unsigned DEFAULT 0,
  PRIMARY KEY (`website_id`),
  UNIQUE KEY `{prefix}STORE_WEBSITE_CODE` (`code`),
  KEY `{prefix}STORE_WEBSITE_SORT_ORDER` (`sort_order`),
  KEY `{prefix}STORE_WEBSITE_DEFAULT_GROUP_ID` (`default_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Websites';

-- ---------------------------------------------------------------------------
-- store_group  (Magento_Store, 6 columns)
CREATE TABLE `{prefix}store_group` (
  `group_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `website_id` smallint unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `root_category_id` int unsigned NOT NULL DEFAULT 0,
  `default_store_id` smallint unsigned NOT NULL DEFAULT 0,
  `code` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `{prefix}STORE_GROUP_CODE` (`code`),
  KEY `{prefix}STORE_GROUP_WEBSITE_ID` (`website_id`),
  KEY `{prefix}STORE_GROUP_DEFAULT_STORE_ID` (`default_store_id`),
  CONSTRAINT `{prefix}STORE_GROUP_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID` FOREIGN KEY (`website_id`) REFERENCES `{prefix}store_website` (`website_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Store Groups';

-- ---------------------------------------------------------------------------
-- store  (Magento_Store, 7 columns)
CREATE TABLE `{prefix}store` (
  `store_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(32) DEFAULT NULL,
  `website_id` smallint unsigned NOT NULL DEFAULT 0,
  `group_id` smallint unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `sort_order` smallint unsigned NOT NULL DEFAULT 0,
  `is_active` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`store_id`),
  UNIQUE KEY `{prefix}STORE_CODE` (`code`),
  KEY `{prefix}STORE_WEBSITE_ID` (`website_id`),
  KEY `{prefix}STORE_IS_ACTIVE_SORT_ORDER` (`is_active`,`sort_order`),
  KEY `{prefix}STORE_GROUP_ID` (`group_id`),
  CONSTRAINT `{prefix}STORE_GROUP_ID_STORE_GROUP_GROUP_ID` FOREIGN KEY (`group_id`) REFERENCES `{prefix}store_group` (`group_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}STORE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID` FOREIGN KEY (`website_id`) REFERENCES `{prefix}store_website` (`website_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Stores';

-- ---------------------------------------------------------------------------
-- eav_entity_type  (Magento_Eav, 16 columns)
-- Default install: 1=customer, 2=customer_address, 3=catalog_category, 4=catalog_product,
-- 5=order, 6=invoice, 7=creditmemo, 8=shipment. Always resolve by entity_type_code, never hard-code.
CREATE TABLE `{prefix}eav_entity_type` (
  `entity_type_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `entity_type_code` varchar(50) NOT NULL,
  `entity_model` varchar(255) NOT NULL,
  `attribute_model` varchar(255) DEFAULT NULL,
  `entity_table` varchar(255) DEFAULT NULL,
  `value_table_prefix` varchar(255) DEFAULT NULL,
  `entity_id_field` varchar(255) DEFAULT NULL,
  `is_data_sharing` smallint unsigned NOT NULL DEFAULT 1,
  `data_sharing_key` varchar(100) DEFAULT 'default',
  `default_attribute_set_id` smallint unsigned NOT NULL DEFAULT 0,
  `increment_model` varchar(255) DEFAULT NULL,
  `increment_per_store` smallint unsigned NOT NULL DEFAULT 0,
  `increment_pad_length` smallint unsigned NOT NULL DEFAULT 8,
  `increment_pad_char` varchar(1) NOT NULL DEFAULT '0',
  `additional_attribute_table` varchar(255) DEFAULT NULL,
  `entity_attribute_collection` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`entity_type_id`),
  KEY `{prefix}EAV_ENTITY_TYPE_ENTITY_TYPE_CODE` (`entity_type_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Entity Type';

-- ---------------------------------------------------------------------------
-- eav_attribute  (Magento_Eav, 17 columns)
-- backend_type: static | int | decimal | varchar | text | datetime.
-- static = column of the entity table itself (e.g. customer_entity.gender),
-- otherwise the value lives in <entity_table>_<backend_type> (e.g. customer_entity_int).
CREATE TABLE `{prefix}eav_attribute` (
  `attribute_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `entity_type_id` smallint unsigned NOT NULL DEFAULT 0,
  `attribute_code` varchar(255) NOT NULL,
  `attribute_model` varchar(255) DEFAULT NULL,
  `backend_model` varchar(255) DEFAULT NULL,
  `backend_type` varchar(8) NOT NULL DEFAULT 'static',
  `backend_table` varchar(255) DEFAULT NULL,
  `frontend_model` varchar(255) DEFAULT NULL,
  `frontend_input` varchar(50) DEFAULT NULL,
  `frontend_label` varchar(255) DEFAULT NULL,
  `frontend_class` varchar(255) DEFAULT NULL,
  `source_model` varchar(255) DEFAULT NULL,
  `is_required` smallint unsigned NOT NULL DEFAULT 0,
  `is_user_defined` smallint unsigned NOT NULL DEFAULT 0,
  `default_value` text DEFAULT NULL,
  `is_unique` smallint unsigned NOT NULL DEFAULT 0,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`attribute_id`),
  UNIQUE KEY `{prefix}EAV_ATTRIBUTE_ENTITY_TYPE_ID_ATTRIBUTE_CODE` (`entity_type_id`,`attribute_code`),
  KEY `{prefix}EAV_ATTR_FRONTEND_INPUT_ENTT_TYPE_ID_IS_USR_DEFINED` (`frontend_input`,`entity_type_id`,`is_user_defined`),
  CONSTRAINT `{prefix}EAV_ATTR_ENTT_TYPE_ID_EAV_ENTT_TYPE_ENTT_TYPE_ID` FOREIGN KEY (`entity_type_id`) REFERENCES `{prefix}eav_entity_type` (`entity_type_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Attribute';

-- ---------------------------------------------------------------------------
-- eav_attribute_option  (Magento_Eav, 3 columns)
-- Options of select/multiselect attributes (e.g. customer gender, a custom loyalty_tier).
CREATE TABLE `{prefix}eav_attribute_option` (
  `option_id` int unsigned NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `sort_order` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`option_id`),
  KEY `{prefix}EAV_ATTRIBUTE_OPTION_ATTRIBUTE_ID` (`attribute_id`),
  CONSTRAINT `{prefix}EAV_ATTR_OPT_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Attribute Option';

-- ---------------------------------------------------------------------------
-- eav_attribute_option_value  (Magento_Eav, 4 columns)
-- Label of an option per store view, store_id 0 = admin/default label.
CREATE TABLE `{prefix}eav_attribute_option_value` (
  `value_id` int unsigned NOT NULL AUTO_INCREMENT,
  `option_id` int unsigned NOT NULL DEFAULT 0,
  `store_id` smallint unsigned NOT NULL DEFAULT 0,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`value_id`),
  KEY `{prefix}EAV_ATTRIBUTE_OPTION_VALUE_OPTION_ID` (`option_id`),
  KEY `{prefix}EAV_ATTRIBUTE_OPTION_VALUE_STORE_ID` (`store_id`),
  CONSTRAINT `{prefix}EAV_ATTR_OPT_VAL_OPT_ID_EAV_ATTR_OPT_OPT_ID` FOREIGN KEY (`option_id`) REFERENCES `{prefix}eav_attribute_option` (`option_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}EAV_ATTRIBUTE_OPTION_VALUE_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Eav Attribute Option Value';

-- ---------------------------------------------------------------------------
-- customer_group  (Magento_Customer, 3 columns)
-- Default rows: 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.
-- Note: customer_entity.group_id is smallint unsigned although this PK is int unsigned (real Magento quirk).
CREATE TABLE `{prefix}customer_group` (
  `customer_group_id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_group_code` varchar(32) NOT NULL,
  `tax_class_id` int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`customer_group_id`),
  KEY `{prefix}CUSTOMER_GROUP_CUSTOMER_GROUP_CODE` (`customer_group_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Group';

-- ---------------------------------------------------------------------------
-- customer_eav_attribute  (Magento_Customer, 13 columns)
-- 1:1 extension of eav_attribute for customer and customer_address attributes (is_system=0 => custom).
CREATE TABLE `{prefix}customer_eav_attribute` (
  `attribute_id` smallint unsigned NOT NULL,
  `is_visible` smallint unsigned NOT NULL DEFAULT 1,
  `input_filter` varchar(255) DEFAULT NULL,
  `multiline_count` smallint unsigned NOT NULL DEFAULT 1,
  `validate_rules` text DEFAULT NULL,
  `is_system` smallint unsigned NOT NULL DEFAULT 0,
  `sort_order` int unsigned NOT NULL DEFAULT 0,
  `data_model` varchar(255) DEFAULT NULL,
  `is_used_in_grid` smallint unsigned NOT NULL DEFAULT 0,
  `is_visible_in_grid` smallint unsigned NOT NULL DEFAULT 0,
  `is_filterable_in_grid` smallint unsigned NOT NULL DEFAULT 0,
  `is_searchable_in_grid` smallint unsigned NOT NULL DEFAULT 0,
  `grid_filter_condition_type` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`attribute_id`),
  KEY `{prefix}CUSTOMER_EAV_ATTRIBUTE_SORT_ORDER` (`sort_order`),
  CONSTRAINT `{prefix}CSTR_EAV_ATTR_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Eav Attribute';

-- ---------------------------------------------------------------------------
-- customer_entity  (Magento_Customer, 29 columns)
-- ALL columns of Magento 2.4 customer_entity (29).
-- gender: option_id of the 'gender' attribute (default install 1=Male, 2=Female, 3=Not Specified).
-- confirmation: NULL = confirmed / no confirmation required, non-NULL = pending confirmation key.
-- lock_expires > now() = account locked, failures_num = failed logins.
-- created_in: store view NAME (text), store_id: store view id the account was created in.
-- session_cutoff exists since 2.4.x (older 2.4 releases may lack it).
CREATE TABLE `{prefix}customer_entity` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `website_id` smallint unsigned DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `group_id` smallint unsigned NOT NULL DEFAULT 0,
  `increment_id` varchar(50) DEFAULT NULL,
  `store_id` smallint unsigned DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `is_active` smallint unsigned NOT NULL DEFAULT 1,
  `disable_auto_group_change` smallint unsigned NOT NULL DEFAULT 0,
  `created_in` varchar(255) DEFAULT NULL,
  `prefix` varchar(40) DEFAULT NULL,
  `firstname` varchar(255) DEFAULT NULL,
  `middlename` varchar(255) DEFAULT NULL,
  `lastname` varchar(255) DEFAULT NULL,
  `suffix` varchar(40) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `password_hash` varchar(128) DEFAULT NULL,
  `rp_token` varchar(128) DEFAULT NULL,
  `rp_token_created_at` datetime DEFAULT NULL,
  `default_billing` int unsigned DEFAULT NULL,
  `default_shipping` int unsigned DEFAULT NULL,
  `taxvat` varchar(50) DEFAULT NULL,
  `confirmation` varchar(64) DEFAULT NULL,
  `gender` smallint unsigned DEFAULT NULL,
  `failures_num` smallint DEFAULT 0,
  `first_failure` timestamp NULL DEFAULT NULL,
  `lock_expires` timestamp NULL DEFAULT NULL,
  `session_cutoff` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `{prefix}CUSTOMER_ENTITY_EMAIL_WEBSITE_ID` (`email`,`website_id`),
  KEY `{prefix}CUSTOMER_ENTITY_STORE_ID` (`store_id`),
  KEY `{prefix}CUSTOMER_ENTITY_WEBSITE_ID` (`website_id`),
  KEY `{prefix}CUSTOMER_ENTITY_FIRSTNAME` (`firstname`),
  KEY `{prefix}CUSTOMER_ENTITY_LASTNAME` (`lastname`),
  CONSTRAINT `{prefix}CUSTOMER_ENTITY_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL,
  CONSTRAINT `{prefix}CUSTOMER_ENTITY_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID` FOREIGN KEY (`website_id`) REFERENCES `{prefix}store_website` (`website_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity';

-- ---------------------------------------------------------------------------
-- customer_entity_datetime  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='datetime' (no store_id: customer attributes are global).
CREATE TABLE `{prefix}customer_entity_datetime` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` datetime DEFAULT NULL,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CUSTOMER_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_DATETIME_ATTRIBUTE_ID` (`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_DATETIME_ENTITY_ID_ATTRIBUTE_ID_VALUE` (`entity_id`,`attribute_id`,`value`),
  CONSTRAINT `{prefix}CSTR_ENTT_DTIME_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CSTR_ENTT_DTIME_ENTT_ID_CSTR_ENTT_ENTT_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Datetime';

-- ---------------------------------------------------------------------------
-- customer_entity_decimal  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='decimal' (no store_id: customer attributes are global).
CREATE TABLE `{prefix}customer_entity_decimal` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` decimal(12,4) NOT NULL DEFAULT 0.0000,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_DECIMAL_ATTRIBUTE_ID` (`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_DECIMAL_ENTITY_ID_ATTRIBUTE_ID_VALUE` (`entity_id`,`attribute_id`,`value`),
  CONSTRAINT `{prefix}CSTR_ENTT_DEC_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CSTR_ENTT_DEC_ENTT_ID_CSTR_ENTT_ENTT_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Decimal';

-- ---------------------------------------------------------------------------
-- customer_entity_int  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='int' (no store_id: customer attributes are global).
CREATE TABLE `{prefix}customer_entity_int` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CUSTOMER_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_INT_ATTRIBUTE_ID` (`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID_VALUE` (`entity_id`,`attribute_id`,`value`),
  CONSTRAINT `{prefix}CSTR_ENTT_INT_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CUSTOMER_ENTITY_INT_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Int';

-- ---------------------------------------------------------------------------
-- customer_entity_text  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='text' (no store_id: customer attributes are global).
CREATE TABLE `{prefix}customer_entity_text` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` text NOT NULL,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CUSTOMER_ENTITY_TEXT_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_TEXT_ATTRIBUTE_ID` (`attribute_id`),
  CONSTRAINT `{prefix}CSTR_ENTT_TEXT_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CUSTOMER_ENTITY_TEXT_ENTITY_ID_CUSTOMER_ENTITY_ENTITY_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Text';

-- ---------------------------------------------------------------------------
-- customer_entity_varchar  (Magento_Customer, 4 columns)
-- EAV values of non-static customer attributes with backend_type='varchar' (no store_id: customer attributes are global).
CREATE TABLE `{prefix}customer_entity_varchar` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_VARCHAR_ATTRIBUTE_ID` (`attribute_id`),
  KEY `{prefix}CUSTOMER_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_VALUE` (`entity_id`,`attribute_id`,`value`),
  CONSTRAINT `{prefix}CSTR_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CSTR_ENTT_VCHR_ENTT_ID_CSTR_ENTT_ENTT_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Entity Varchar';

-- ---------------------------------------------------------------------------
-- customer_address_entity  (Magento_Customer, 25 columns)
-- ALL columns of Magento 2.4 customer_address_entity (25).
-- parent_id = customer_entity.entity_id. Default addresses: customer_entity.default_billing/default_shipping.
-- street: multi-line street joined with '\n'. country_id: ISO-2 code (column is varchar(255)).
-- Custom address attributes: customer_address_entity_<backend_type> (same shape as customer_entity_<type>,
-- not included here).
CREATE TABLE `{prefix}customer_address_entity` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `increment_id` varchar(50) DEFAULT NULL,
  `parent_id` int unsigned DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `is_active` smallint unsigned NOT NULL DEFAULT 1,
  `city` varchar(255) NOT NULL,
  `company` varchar(255) DEFAULT NULL,
  `country_id` varchar(255) NOT NULL,
  `fax` varchar(255) DEFAULT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `middlename` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `prefix` varchar(40) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `region_id` int unsigned DEFAULT NULL,
  `street` text NOT NULL,
  `suffix` varchar(40) DEFAULT NULL,
  `telephone` varchar(255) NOT NULL,
  `vat_id` varchar(255) DEFAULT NULL,
  `vat_is_valid` int unsigned DEFAULT NULL,
  `vat_request_date` varchar(255) DEFAULT NULL,
  `vat_request_id` varchar(255) DEFAULT NULL,
  `vat_request_success` int unsigned DEFAULT NULL,
  PRIMARY KEY (`entity_id`),
  KEY `{prefix}CUSTOMER_ADDRESS_ENTITY_PARENT_ID` (`parent_id`),
  CONSTRAINT `{prefix}CSTR_ADDR_ENTT_PARENT_ID_CSTR_ENTT_ENTT_ID` FOREIGN KEY (`parent_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Address Entity';

-- ---------------------------------------------------------------------------
-- customer_grid_flat  (Magento_Customer, 26 columns)
-- NOT declared in db_schema.xml: built by the customer_grid indexer (Magento\Framework\Indexer\GridStructure)
-- from app/code/Magento/Customer/etc/indexer.xml. Column NAMES are exact, column TYPES are approximate.
-- The indexer also adds btree indexes on filterable fields and one FULLTEXT index on searchable fields
-- (not reproduced). Custom attributes flagged is_used_in_grid are appended as extra columns.
-- It is a denormalised cache that can be stale: prefer customer_entity for segmentation.
CREATE TABLE `{prefix}customer_grid_flat` (
  `entity_id` int unsigned NOT NULL,
  `name` text DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `website_id` int DEFAULT NULL,
  `confirmation` varchar(255) DEFAULT NULL,
  `created_in` text DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `gender` int DEFAULT NULL,
  `taxvat` varchar(255) DEFAULT NULL,
  `lock_expires` timestamp NULL DEFAULT NULL,
  `shipping_full` text DEFAULT NULL,
  `billing_full` text DEFAULT NULL,
  `billing_firstname` varchar(255) DEFAULT NULL,
  `billing_lastname` varchar(255) DEFAULT NULL,
  `billing_telephone` varchar(255) DEFAULT NULL,
  `billing_postcode` varchar(255) DEFAULT NULL,
  `billing_country_id` varchar(255) DEFAULT NULL,
  `billing_region` varchar(255) DEFAULT NULL,
  `billing_region_id` int DEFAULT NULL,
  `billing_street` varchar(255) DEFAULT NULL,
  `billing_city` varchar(255) DEFAULT NULL,
  `billing_fax` varchar(255) DEFAULT NULL,
  `billing_vat_id` varchar(255) DEFAULT NULL,
  `billing_company` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='customer_grid_flat';

-- ---------------------------------------------------------------------------
-- customer_log  (Magento_Customer, 4 columns)
-- One row per customer: last login/logout time (UTC). No FK to customer_entity.
CREATE TABLE `{prefix}customer_log` (
  `log_id` int NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `last_login_at` timestamp NULL DEFAULT NULL,
  `last_logout_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  UNIQUE KEY `{prefix}CUSTOMER_LOG_CUSTOMER_ID` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Customer Log Table';

-- ---------------------------------------------------------------------------
-- newsletter_subscriber  (Magento_Newsletter, 7 columns)
-- subscriber_status: 1 subscribed, 2 not active, 3 unsubscribed, 4 unconfirmed.
-- customer_id = 0 for guest subscribers (no FK). Do not assume one row per customer: since 2.4.0 a customer
-- can be subscribed separately per website (one row each), join on customer_id AND store/website.
CREATE TABLE `{prefix}newsletter_subscriber` (
  `subscriber_id` int unsigned NOT NULL AUTO_INCREMENT,
  `store_id` smallint unsigned DEFAULT 0,
  `change_status_at` timestamp NULL DEFAULT NULL,
  `customer_id` int unsigned NOT NULL DEFAULT 0,
  `subscriber_email` varchar(150) DEFAULT NULL,
  `subscriber_status` int NOT NULL DEFAULT 0,
  `subscriber_confirm_code` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`subscriber_id`),
  KEY `{prefix}NEWSLETTER_SUBSCRIBER_CUSTOMER_ID` (`customer_id`),
  KEY `{prefix}NEWSLETTER_SUBSCRIBER_STORE_ID` (`store_id`),
  KEY `{prefix}NEWSLETTER_SUBSCRIBER_SUBSCRIBER_EMAIL` (`subscriber_email`),
  CONSTRAINT `{prefix}NEWSLETTER_SUBSCRIBER_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Newsletter Subscriber';

-- ---------------------------------------------------------------------------
-- catalog_product_entity  (Magento_Catalog, 8 columns)
-- Open Source layout. Adobe Commerce (staging) adds row_id (PK), created_in, updated_in and the EAV
-- value tables then reference row_id instead of entity_id. sku is nullable in older 2.x releases.
CREATE TABLE `{prefix}catalog_product_entity` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `attribute_set_id` smallint unsigned NOT NULL DEFAULT 0,
  `type_id` varchar(32) NOT NULL DEFAULT 'simple',
  `sku` varchar(64) NOT NULL,
  `has_options` smallint NOT NULL DEFAULT 0,
  `required_options` smallint unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`entity_id`),
  KEY `{prefix}CATALOG_PRODUCT_ENTITY_ATTRIBUTE_SET_ID` (`attribute_set_id`),
  KEY `{prefix}CATALOG_PRODUCT_ENTITY_SKU` (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Product Table';

-- ---------------------------------------------------------------------------
-- catalog_product_entity_varchar  (Magento_Catalog, 5 columns)
-- Product name = row with attribute_id of eav_attribute(entity type 'catalog_product', code 'name'),
-- store_id 0 = default value, other store_id rows are store-view overrides.
CREATE TABLE `{prefix}catalog_product_entity_varchar` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `store_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CAT_PRD_ENTT_VCHR_ENTT_ID_ATTR_ID_STORE_ID` (`entity_id`,`attribute_id`,`store_id`),
  KEY `{prefix}CATALOG_PRODUCT_ENTITY_VARCHAR_ATTRIBUTE_ID` (`attribute_id`),
  KEY `{prefix}CATALOG_PRODUCT_ENTITY_VARCHAR_STORE_ID` (`store_id`),
  CONSTRAINT `{prefix}CAT_PRD_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CAT_PRD_ENTT_VCHR_ENTT_ID_CAT_PRD_ENTT_ENTT_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}catalog_product_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CATALOG_PRODUCT_ENTITY_VARCHAR_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Product Varchar Attribute Backend Table';

-- ---------------------------------------------------------------------------
-- catalog_category_entity  (Magento_Catalog, 9 columns)
-- path = '1/2/<...>/<entity_id>' (1 = tree root, 2 = default root category). Name is EAV (varchar 'name').
CREATE TABLE `{prefix}catalog_category_entity` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `attribute_set_id` smallint unsigned NOT NULL DEFAULT 0,
  `parent_id` int unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `path` varchar(255) NOT NULL,
  `position` int NOT NULL,
  `level` int NOT NULL DEFAULT 0,
  `children_count` int NOT NULL,
  PRIMARY KEY (`entity_id`),
  KEY `{prefix}CATALOG_CATEGORY_ENTITY_LEVEL` (`level`),
  KEY `{prefix}CATALOG_CATEGORY_ENTITY_PATH` (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Category Table';

-- ---------------------------------------------------------------------------
-- catalog_category_entity_varchar  (Magento_Catalog, 5 columns)
-- Category name = attribute_code 'name' of entity type 'catalog_category', store_id 0 = default.
CREATE TABLE `{prefix}catalog_category_entity_varchar` (
  `value_id` int NOT NULL AUTO_INCREMENT,
  `attribute_id` smallint unsigned NOT NULL DEFAULT 0,
  `store_id` smallint unsigned NOT NULL DEFAULT 0,
  `entity_id` int unsigned NOT NULL DEFAULT 0,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `{prefix}CAT_CTGR_ENTT_VCHR_ENTT_ID_ATTR_ID_STORE_ID` (`entity_id`,`attribute_id`,`store_id`),
  KEY `{prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_ENTITY_ID` (`entity_id`),
  KEY `{prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_ATTRIBUTE_ID` (`attribute_id`),
  KEY `{prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_STORE_ID` (`store_id`),
  CONSTRAINT `{prefix}CAT_CTGR_ENTT_VCHR_ATTR_ID_EAV_ATTR_ATTR_ID` FOREIGN KEY (`attribute_id`) REFERENCES `{prefix}eav_attribute` (`attribute_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CAT_CTGR_ENTT_VCHR_ENTT_ID_CAT_CTGR_ENTT_ENTT_ID` FOREIGN KEY (`entity_id`) REFERENCES `{prefix}catalog_category_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CATALOG_CATEGORY_ENTITY_VARCHAR_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Category Varchar Attribute Backend Table';

-- ---------------------------------------------------------------------------
-- catalog_category_product  (Magento_Catalog, 4 columns)
-- Explicit product->category assignments made in the admin. Products that appear in an anchor category only
-- through its sub-categories are NOT here: walk catalog_category_entity.path, or read the indexer tables
-- catalog_category_product_index_store<N> (not included).
CREATE TABLE `{prefix}catalog_category_product` (
  `entity_id` int NOT NULL AUTO_INCREMENT,
  `category_id` int unsigned NOT NULL DEFAULT 0,
  `product_id` int unsigned NOT NULL DEFAULT 0,
  `position` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`entity_id`,`category_id`,`product_id`),
  UNIQUE KEY `{prefix}CATALOG_CATEGORY_PRODUCT_CATEGORY_ID_PRODUCT_ID` (`category_id`,`product_id`),
  KEY `{prefix}CATALOG_CATEGORY_PRODUCT_PRODUCT_ID` (`product_id`),
  CONSTRAINT `{prefix}CAT_CTGR_PRD_PRD_ID_CAT_PRD_ENTT_ENTT_ID` FOREIGN KEY (`product_id`) REFERENCES `{prefix}catalog_product_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}CAT_CTGR_PRD_CTGR_ID_CAT_CTGR_ENTT_ENTT_ID` FOREIGN KEY (`category_id`) REFERENCES `{prefix}catalog_category_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Product To Category Linkage Table';

-- ---------------------------------------------------------------------------
-- salesrule  (Magento_SalesRule, 24 columns)
-- simple_free_shipping is added by Magento_OfflineShipping. Adobe Commerce (staging) keys this table by row_id.
CREATE TABLE `{prefix}salesrule` (
  `rule_id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `from_date` date DEFAULT NULL,
  `to_date` date DEFAULT NULL,
  `uses_per_customer` int NOT NULL DEFAULT 0,
  `is_active` smallint NOT NULL DEFAULT 0,
  `conditions_serialized` mediumtext DEFAULT NULL,
  `actions_serialized` mediumtext DEFAULT NULL,
  `stop_rules_processing` smallint NOT NULL DEFAULT 1,
  `is_advanced` smallint unsigned NOT NULL DEFAULT 1,
  `product_ids` text DEFAULT NULL,
  `sort_order` int unsigned NOT NULL DEFAULT 0,
  `simple_action` varchar(32) DEFAULT NULL,
  `discount_amount` decimal(12,4) NOT NULL DEFAULT 0.0000,
  `discount_qty` decimal(12,4) DEFAULT NULL,
  `discount_step` int unsigned NOT NULL DEFAULT 0,
  `apply_to_shipping` smallint unsigned NOT NULL DEFAULT 0,
  `times_used` int unsigned NOT NULL DEFAULT 0,
  `is_rss` smallint NOT NULL DEFAULT 0,
  `coupon_type` smallint unsigned NOT NULL DEFAULT 1,
  `use_auto_generation` smallint NOT NULL DEFAULT 0,
  `uses_per_coupon` int NOT NULL DEFAULT 0,
  `simple_free_shipping` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`rule_id`),
  KEY `{prefix}SALESRULE_IS_ACTIVE_SORT_ORDER_TO_DATE_FROM_DATE` (`is_active`,`sort_order`,`to_date`,`from_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Salesrule';

-- ---------------------------------------------------------------------------
-- salesrule_coupon  (Magento_SalesRule, 10 columns)
-- sales_order.coupon_code / quote.coupon_code hold the code TEXT, not coupon_id.
-- expiration_date was a timestamp in early 2.x, datetime in current 2.4.
CREATE TABLE `{prefix}salesrule_coupon` (
  `coupon_id` int unsigned NOT NULL AUTO_INCREMENT,
  `rule_id` int unsigned NOT NULL,
  `code` varchar(255) DEFAULT NULL,
  `usage_limit` int unsigned DEFAULT NULL,
  `usage_per_customer` int unsigned DEFAULT NULL,
  `times_used` int unsigned NOT NULL DEFAULT 0,
  `expiration_date` datetime DEFAULT NULL,
  `is_primary` smallint unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `type` smallint DEFAULT 0,
  PRIMARY KEY (`coupon_id`),
  UNIQUE KEY `{prefix}SALESRULE_COUPON_CODE` (`code`),
  UNIQUE KEY `{prefix}SALESRULE_COUPON_RULE_ID_IS_PRIMARY` (`rule_id`,`is_primary`),
  KEY `{prefix}SALESRULE_COUPON_RULE_ID` (`rule_id`),
  CONSTRAINT `{prefix}SALESRULE_COUPON_RULE_ID_SALESRULE_RULE_ID` FOREIGN KEY (`rule_id`) REFERENCES `{prefix}salesrule` (`rule_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Salesrule Coupon';

-- ---------------------------------------------------------------------------
-- sales_order_status  (Magento_Sales, 2 columns)
-- Default statuses: pending, pending_payment, processing, complete, closed, canceled, holded,
-- payment_review, fraud (+ PayPal: pending_paypal, paypal_reversed, paypal_canceled_reversal).
CREATE TABLE `{prefix}sales_order_status` (
  `status` varchar(32) NOT NULL,
  `label` varchar(128) NOT NULL,
  PRIMARY KEY (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Order Status Table';

-- ---------------------------------------------------------------------------
-- sales_order_status_state  (Magento_Sales, 4 columns)
-- Maps custom statuses to the fixed states (new, pending_payment, processing, complete, closed,
-- canceled, holded, payment_review).
CREATE TABLE `{prefix}sales_order_status_state` (
  `status` varchar(32) NOT NULL,
  `state` varchar(32) NOT NULL,
  `is_default` smallint unsigned NOT NULL DEFAULT 0,
  `visible_on_front` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`status`,`state`),
  CONSTRAINT `{prefix}SALES_ORDER_STATUS_STATE_STATUS_SALES_ORDER_STATUS_STATUS` FOREIGN KEY (`status`) REFERENCES `{prefix}sales_order_status` (`status`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Order Status Table';

-- ---------------------------------------------------------------------------
-- sales_order  (Magento_Sales, 138 columns)
-- ALL columns declared by Magento_Sales for sales_order, plus gift_message_id (Magento_GiftMessage)
-- and paypal_ipn_customer_notified (Magento_Paypal). No Magento_Sales column is omitted, other modules may
-- graft more (Adobe Commerce / third-party: gift cards, reward points, customer balance, ...).
-- base_* = base (website) currency, plain = order_currency_code, *_to_*_rate = conversion rates.
-- Guest order: customer_is_guest=1, customer_id NULL, customer_group_id 0, identity = customer_email.
-- customer_id NULL with customer_is_guest=0 => the customer account was deleted (FK SET NULL).
-- SALES_ORDER_STORE_STATE_CREATED exists in recent 2.4.x only. customer_group_id was smallint before 2.4.
CREATE TABLE `{prefix}sales_order` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `state` varchar(32) DEFAULT NULL,
  `status` varchar(32) DEFAULT NULL,
  `coupon_code` varchar(255) DEFAULT NULL,
  `protect_code` varchar(255) DEFAULT NULL,
  `shipping_description` varchar(255) DEFAULT NULL,
  `is_virtual` smallint unsigned DEFAULT NULL,
  `store_id` smallint unsigned DEFAULT NULL,
  `customer_id` int unsigned DEFAULT NULL,
  `base_discount_amount` decimal(20,4) DEFAULT NULL,
  `base_discount_canceled` decimal(20,4) DEFAULT NULL,
  `base_discount_invoiced` decimal(20,4) DEFAULT NULL,
  `base_discount_refunded` decimal(20,4) DEFAULT NULL,
  `base_grand_total` decimal(20,4) DEFAULT NULL,
  `base_shipping_amount` decimal(20,4) DEFAULT NULL,
  `base_shipping_canceled` decimal(20,4) DEFAULT NULL,
  `base_shipping_invoiced` decimal(20,4) DEFAULT NULL,
  `base_shipping_refunded` decimal(20,4) DEFAULT NULL,
  `base_shipping_tax_amount` decimal(20,4) DEFAULT NULL,
  `base_shipping_tax_refunded` decimal(20,4) DEFAULT NULL,
  `base_subtotal` decimal(20,4) DEFAULT NULL,
  `base_subtotal_canceled` decimal(20,4) DEFAULT NULL,
  `base_subtotal_invoiced` decimal(20,4) DEFAULT NULL,
  `base_subtotal_refunded` decimal(20,4) DEFAULT NULL,
  `base_tax_amount` decimal(20,4) DEFAULT NULL,
  `base_tax_canceled` decimal(20,4) DEFAULT NULL,
  `base_tax_invoiced` decimal(20,4) DEFAULT NULL,
  `base_tax_refunded` decimal(20,4) DEFAULT NULL,
  `base_to_global_rate` decimal(20,4) DEFAULT NULL,
  `base_to_order_rate` decimal(20,4) DEFAULT NULL,
  `base_total_canceled` decimal(20,4) DEFAULT NULL,
  `base_total_invoiced` decimal(20,4) DEFAULT NULL,
  `base_total_invoiced_cost` decimal(20,4) DEFAULT NULL,
  `base_total_offline_refunded` decimal(20,4) DEFAULT NULL,
  `base_total_online_refunded` decimal(20,4) DEFAULT NULL,
  `base_total_paid` decimal(20,4) DEFAULT NULL,
  `base_total_qty_ordered` decimal(12,4) DEFAULT NULL,
  `base_total_refunded` decimal(20,4) DEFAULT NULL,
  `discount_amount` decimal(20,4) DEFAULT NULL,
  `discount_canceled` decimal(20,4) DEFAULT NULL,
  `discount_invoiced` decimal(20,4) DEFAULT NULL,
  `discount_refunded` decimal(20,4) DEFAULT NULL,
  `grand_total` decimal(20,4) DEFAULT NULL,
  `shipping_amount` decimal(20,4) DEFAULT NULL,
  `shipping_canceled` decimal(20,4) DEFAULT NULL,
  `shipping_invoiced` decimal(20,4) DEFAULT NULL,
  `shipping_refunded` decimal(20,4) DEFAULT NULL,
  `shipping_tax_amount` decimal(20,4) DEFAULT NULL,
  `shipping_tax_refunded` decimal(20,4) DEFAULT NULL,
  `store_to_base_rate` decimal(12,4) DEFAULT NULL,
  `store_to_order_rate` decimal(12,4) DEFAULT NULL,
  `subtotal` decimal(20,4) DEFAULT NULL,
  `subtotal_canceled` decimal(20,4) DEFAULT NULL,
  `subtotal_invoiced` decimal(20,4) DEFAULT NULL,
  `subtotal_refunded` decimal(20,4) DEFAULT NULL,
  `tax_amount` decimal(20,4) DEFAULT NULL,
  `tax_canceled` decimal(20,4) DEFAULT NULL,
  `tax_invoiced` decimal(20,4) DEFAULT NULL,
  `tax_refunded` decimal(20,4) DEFAULT NULL,
  `total_canceled` decimal(20,4) DEFAULT NULL,
  `total_invoiced` decimal(20,4) DEFAULT NULL,
  `total_offline_refunded` decimal(20,4) DEFAULT NULL,
  `total_online_refunded` decimal(20,4) DEFAULT NULL,
  `total_paid` decimal(20,4) DEFAULT NULL,
  `total_qty_ordered` decimal(12,4) DEFAULT NULL,
  `total_refunded` decimal(20,4) DEFAULT NULL,
  `can_ship_partially` smallint unsigned DEFAULT NULL,
  `can_ship_partially_item` smallint unsigned DEFAULT NULL,
  `customer_is_guest` smallint unsigned DEFAULT NULL,
  `customer_note_notify` smallint unsigned DEFAULT NULL,
  `billing_address_id` int DEFAULT NULL,
  `customer_group_id` int DEFAULT NULL,
  `edit_increment` int DEFAULT NULL,
  `email_sent` smallint unsigned DEFAULT NULL,
  `send_email` smallint unsigned DEFAULT NULL,
  `forced_shipment_with_invoice` smallint unsigned DEFAULT NULL,
  `payment_auth_expiration` int DEFAULT NULL,
  `quote_address_id` int DEFAULT NULL,
  `quote_id` int DEFAULT NULL,
  `shipping_address_id` int DEFAULT NULL,
  `adjustment_negative` decimal(20,4) DEFAULT NULL,
  `adjustment_positive` decimal(20,4) DEFAULT NULL,
  `base_adjustment_negative` decimal(20,4) DEFAULT NULL,
  `base_adjustment_positive` decimal(20,4) DEFAULT NULL,
  `base_shipping_discount_amount` decimal(20,4) DEFAULT NULL,
  `base_subtotal_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_total_due` decimal(20,4) DEFAULT NULL,
  `payment_authorization_amount` decimal(20,4) DEFAULT NULL,
  `shipping_discount_amount` decimal(20,4) DEFAULT NULL,
  `subtotal_incl_tax` decimal(20,4) DEFAULT NULL,
  `total_due` decimal(20,4) DEFAULT NULL,
  `weight` decimal(12,4) DEFAULT NULL,
  `customer_dob` datetime DEFAULT NULL,
  `increment_id` varchar(50) DEFAULT NULL,
  `applied_rule_ids` varchar(128) DEFAULT NULL,
  `base_currency_code` varchar(3) DEFAULT NULL,
  `customer_email` varchar(128) DEFAULT NULL,
  `customer_firstname` varchar(128) DEFAULT NULL,
  `customer_lastname` varchar(128) DEFAULT NULL,
  `customer_middlename` varchar(128) DEFAULT NULL,
  `customer_prefix` varchar(32) DEFAULT NULL,
  `customer_suffix` varchar(32) DEFAULT NULL,
  `customer_taxvat` varchar(32) DEFAULT NULL,
  `discount_description` varchar(255) DEFAULT NULL,
  `ext_customer_id` varchar(32) DEFAULT NULL,
  `ext_order_id` varchar(32) DEFAULT NULL,
  `global_currency_code` varchar(3) DEFAULT NULL,
  `hold_before_state` varchar(32) DEFAULT NULL,
  `hold_before_status` varchar(32) DEFAULT NULL,
  `order_currency_code` varchar(3) DEFAULT NULL,
  `original_increment_id` varchar(50) DEFAULT NULL,
  `relation_child_id` varchar(32) DEFAULT NULL,
  `relation_child_real_id` varchar(32) DEFAULT NULL,
  `relation_parent_id` varchar(32) DEFAULT NULL,
  `relation_parent_real_id` varchar(32) DEFAULT NULL,
  `remote_ip` varchar(45) DEFAULT NULL,
  `shipping_method` varchar(120) DEFAULT NULL,
  `store_currency_code` varchar(3) DEFAULT NULL,
  `store_name` varchar(255) DEFAULT NULL,
  `x_forwarded_for` varchar(255) DEFAULT NULL,
  `customer_note` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `total_item_count` smallint unsigned NOT NULL DEFAULT 0,
  `customer_gender` int DEFAULT NULL,
  `discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `shipping_discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `base_shipping_discount_tax_compensation_amnt` decimal(20,4) DEFAULT NULL,
  `discount_tax_compensation_invoiced` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_invoiced` decimal(20,4) DEFAULT NULL,
  `discount_tax_compensation_refunded` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_refunded` decimal(20,4) DEFAULT NULL,
  `shipping_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_shipping_incl_tax` decimal(20,4) DEFAULT NULL,
  `coupon_rule_name` varchar(255) DEFAULT NULL,
  `gift_message_id` int DEFAULT NULL,
  `paypal_ipn_customer_notified` int DEFAULT 0,
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `{prefix}SALES_ORDER_INCREMENT_ID_STORE_ID` (`increment_id`,`store_id`),
  KEY `{prefix}SALES_ORDER_STATUS` (`status`),
  KEY `{prefix}SALES_ORDER_STATE` (`state`),
  KEY `{prefix}SALES_ORDER_STORE_ID` (`store_id`),
  KEY `{prefix}SALES_ORDER_CREATED_AT` (`created_at`),
  KEY `{prefix}SALES_ORDER_CUSTOMER_ID` (`customer_id`),
  KEY `{prefix}SALES_ORDER_EXT_ORDER_ID` (`ext_order_id`),
  KEY `{prefix}SALES_ORDER_QUOTE_ID` (`quote_id`),
  KEY `{prefix}SALES_ORDER_UPDATED_AT` (`updated_at`),
  KEY `{prefix}SALES_ORDER_SEND_EMAIL` (`send_email`),
  KEY `{prefix}SALES_ORDER_EMAIL_SENT` (`email_sent`),
  KEY `{prefix}SALES_ORDER_STORE_STATE_CREATED` (`store_id`,`state`,`created_at`),
  CONSTRAINT `{prefix}SALES_ORDER_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID` FOREIGN KEY (`customer_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE SET NULL,
  CONSTRAINT `{prefix}SALES_ORDER_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Order';

-- ---------------------------------------------------------------------------
-- sales_order_address  (Magento_Sales, 26 columns)
-- ALL columns. parent_id = sales_order.entity_id, address_type = 'billing' | 'shipping'
-- (virtual orders have no shipping row). Snapshot of the address at order time.
CREATE TABLE `{prefix}sales_order_address` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` int unsigned DEFAULT NULL,
  `customer_address_id` int DEFAULT NULL,
  `quote_address_id` int DEFAULT NULL,
  `region_id` int DEFAULT NULL,
  `customer_id` int DEFAULT NULL,
  `fax` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `lastname` varchar(255) DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `telephone` varchar(255) DEFAULT NULL,
  `country_id` varchar(2) DEFAULT NULL,
  `firstname` varchar(255) DEFAULT NULL,
  `address_type` varchar(255) DEFAULT NULL,
  `prefix` varchar(255) DEFAULT NULL,
  `middlename` varchar(255) DEFAULT NULL,
  `suffix` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `vat_id` text DEFAULT NULL,
  `vat_is_valid` smallint DEFAULT NULL,
  `vat_request_id` text DEFAULT NULL,
  `vat_request_date` text DEFAULT NULL,
  `vat_request_success` smallint DEFAULT NULL,
  PRIMARY KEY (`entity_id`),
  KEY `{prefix}SALES_ORDER_ADDRESS_PARENT_ID` (`parent_id`),
  CONSTRAINT `{prefix}SALES_ORDER_ADDRESS_PARENT_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `{prefix}sales_order` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Order Address';

-- ---------------------------------------------------------------------------
-- sales_order_item  (Magento_Sales, 71 columns)
-- ALL Magento_Sales columns + gift_message_id/gift_message_available (GiftMessage) + free_shipping
-- (OfflineShipping). OMITTED: the 9 Magento_Weee columns (weee_tax_applied, weee_tax_applied_amount,
-- weee_tax_applied_row_amount, weee_tax_disposition, weee_tax_row_disposition, base_weee_tax_applied_amount,
-- base_weee_tax_applied_row_amnt, base_weee_tax_disposition, base_weee_tax_row_disposition).
-- Configurable/bundle: parent row (parent_item_id NULL) + child rows (parent_item_id = parent item_id),
-- count/sum on parent_item_id IS NULL to avoid double counting. No FK on product_id (product may be gone),
-- sku/name are snapshots at order time.
CREATE TABLE `{prefix}sales_order_item` (
  `item_id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned NOT NULL DEFAULT 0,
  `parent_item_id` int unsigned DEFAULT NULL,
  `quote_item_id` int unsigned DEFAULT NULL,
  `store_id` smallint unsigned DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `product_id` int unsigned DEFAULT NULL,
  `product_type` varchar(255) DEFAULT NULL,
  `product_options` longtext DEFAULT NULL,
  `weight` decimal(12,4) DEFAULT 0.0000,
  `is_virtual` smallint unsigned DEFAULT NULL,
  `sku` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `applied_rule_ids` text DEFAULT NULL,
  `additional_data` text DEFAULT NULL,
  `is_qty_decimal` smallint unsigned DEFAULT NULL,
  `no_discount` smallint unsigned NOT NULL DEFAULT 0,
  `qty_backordered` decimal(12,4) DEFAULT 0.0000,
  `qty_canceled` decimal(12,4) DEFAULT 0.0000,
  `qty_invoiced` decimal(12,4) DEFAULT 0.0000,
  `qty_ordered` decimal(12,4) DEFAULT 0.0000,
  `qty_refunded` decimal(12,4) DEFAULT 0.0000,
  `qty_shipped` decimal(12,4) DEFAULT 0.0000,
  `base_cost` decimal(12,4) DEFAULT 0.0000,
  `price` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_price` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `original_price` decimal(20,4) DEFAULT NULL,
  `base_original_price` decimal(20,4) DEFAULT NULL,
  `tax_percent` decimal(12,4) DEFAULT 0.0000,
  `tax_amount` decimal(20,4) DEFAULT 0.0000,
  `base_tax_amount` decimal(20,4) DEFAULT 0.0000,
  `tax_invoiced` decimal(20,4) DEFAULT 0.0000,
  `base_tax_invoiced` decimal(20,4) DEFAULT 0.0000,
  `discount_percent` decimal(12,4) DEFAULT 0.0000,
  `discount_amount` decimal(20,4) DEFAULT 0.0000,
  `base_discount_amount` decimal(20,4) DEFAULT 0.0000,
  `discount_invoiced` decimal(20,4) DEFAULT 0.0000,
  `base_discount_invoiced` decimal(20,4) DEFAULT 0.0000,
  `amount_refunded` decimal(20,4) DEFAULT 0.0000,
  `base_amount_refunded` decimal(20,4) DEFAULT 0.0000,
  `row_total` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_row_total` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `row_invoiced` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_row_invoiced` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `row_weight` decimal(12,4) DEFAULT 0.0000,
  `base_tax_before_discount` decimal(20,4) DEFAULT NULL,
  `tax_before_discount` decimal(20,4) DEFAULT NULL,
  `ext_order_item_id` varchar(255) DEFAULT NULL,
  `locked_do_invoice` smallint unsigned DEFAULT NULL,
  `locked_do_ship` smallint unsigned DEFAULT NULL,
  `price_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_price_incl_tax` decimal(20,4) DEFAULT NULL,
  `row_total_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_row_total_incl_tax` decimal(20,4) DEFAULT NULL,
  `discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `discount_tax_compensation_invoiced` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_invoiced` decimal(20,4) DEFAULT NULL,
  `discount_tax_compensation_refunded` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_refunded` decimal(20,4) DEFAULT NULL,
  `tax_canceled` decimal(12,4) DEFAULT NULL,
  `discount_tax_compensation_canceled` decimal(20,4) DEFAULT NULL,
  `tax_refunded` decimal(20,4) DEFAULT NULL,
  `base_tax_refunded` decimal(20,4) DEFAULT NULL,
  `discount_refunded` decimal(20,4) DEFAULT NULL,
  `base_discount_refunded` decimal(20,4) DEFAULT NULL,
  `gift_message_id` int DEFAULT NULL,
  `gift_message_available` int DEFAULT NULL,
  `free_shipping` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`item_id`),
  KEY `{prefix}SALES_ORDER_ITEM_ORDER_ID` (`order_id`),
  KEY `{prefix}SALES_ORDER_ITEM_STORE_ID` (`store_id`),
  CONSTRAINT `{prefix}SALES_ORDER_ITEM_ORDER_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`order_id`) REFERENCES `{prefix}sales_order` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}SALES_ORDER_ITEM_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Order Item';

-- ---------------------------------------------------------------------------
-- sales_order_payment  (Magento_Sales, 54 columns)
-- ALL Magento_Sales columns. parent_id = sales_order.entity_id (1 row per order).
-- method = payment method code: checkmo, banktransfer, cashondelivery, purchaseorder, free, braintree,
-- paypal_express, ... additional_information = JSON (was PHP-serialized before 2.2).
CREATE TABLE `{prefix}sales_order_payment` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` int unsigned NOT NULL,
  `base_shipping_captured` decimal(20,4) DEFAULT NULL,
  `shipping_captured` decimal(20,4) DEFAULT NULL,
  `amount_refunded` decimal(20,4) DEFAULT NULL,
  `base_amount_paid` decimal(20,4) DEFAULT NULL,
  `amount_canceled` decimal(20,4) DEFAULT NULL,
  `base_amount_authorized` decimal(20,4) DEFAULT NULL,
  `base_amount_paid_online` decimal(20,4) DEFAULT NULL,
  `base_amount_refunded_online` decimal(20,4) DEFAULT NULL,
  `base_shipping_amount` decimal(20,4) DEFAULT NULL,
  `shipping_amount` decimal(20,4) DEFAULT NULL,
  `amount_paid` decimal(20,4) DEFAULT NULL,
  `amount_authorized` decimal(20,4) DEFAULT NULL,
  `base_amount_ordered` decimal(20,4) DEFAULT NULL,
  `base_shipping_refunded` decimal(20,4) DEFAULT NULL,
  `shipping_refunded` decimal(20,4) DEFAULT NULL,
  `base_amount_refunded` decimal(20,4) DEFAULT NULL,
  `amount_ordered` decimal(20,4) DEFAULT NULL,
  `base_amount_canceled` decimal(20,4) DEFAULT NULL,
  `quote_payment_id` int DEFAULT NULL,
  `additional_data` text DEFAULT NULL,
  `cc_exp_month` varchar(12) DEFAULT NULL,
  `cc_ss_start_year` varchar(12) DEFAULT NULL,
  `echeck_bank_name` varchar(128) DEFAULT NULL,
  `method` varchar(128) DEFAULT NULL,
  `cc_debug_request_body` varchar(32) DEFAULT NULL,
  `cc_secure_verify` varchar(32) DEFAULT NULL,
  `protection_eligibility` varchar(32) DEFAULT NULL,
  `cc_approval` varchar(32) DEFAULT NULL,
  `cc_last_4` varchar(100) DEFAULT NULL,
  `cc_status_description` varchar(32) DEFAULT NULL,
  `echeck_type` varchar(32) DEFAULT NULL,
  `cc_debug_response_serialized` varchar(32) DEFAULT NULL,
  `cc_ss_start_month` varchar(128) DEFAULT NULL,
  `echeck_account_type` varchar(255) DEFAULT NULL,
  `last_trans_id` varchar(255) DEFAULT NULL,
  `cc_cid_status` varchar(32) DEFAULT NULL,
  `cc_owner` varchar(128) DEFAULT NULL,
  `cc_type` varchar(32) DEFAULT NULL,
  `po_number` varchar(32) DEFAULT NULL,
  `cc_exp_year` varchar(4) DEFAULT NULL,
  `cc_status` varchar(4) DEFAULT NULL,
  `echeck_routing_number` varchar(32) DEFAULT NULL,
  `account_status` varchar(32) DEFAULT NULL,
  `anet_trans_method` varchar(32) DEFAULT NULL,
  `cc_debug_response_body` varchar(32) DEFAULT NULL,
  `cc_ss_issue` varchar(32) DEFAULT NULL,
  `echeck_account_name` varchar(32) DEFAULT NULL,
  `cc_avs_status` varchar(32) DEFAULT NULL,
  `cc_number_enc` varchar(128) DEFAULT NULL,
  `cc_trans_id` varchar(32) DEFAULT NULL,
  `address_status` varchar(32) DEFAULT NULL,
  `additional_information` text DEFAULT NULL,
  PRIMARY KEY (`entity_id`),
  KEY `{prefix}SALES_ORDER_PAYMENT_PARENT_ID` (`parent_id`),
  CONSTRAINT `{prefix}SALES_ORDER_PAYMENT_PARENT_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `{prefix}sales_order` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Order Payment';

-- ---------------------------------------------------------------------------
-- sales_creditmemo  (Magento_Sales, 41 columns)
-- Totals/keys subset. OMITTED columns: email_sent, send_email, shipping_address_id, billing_address_id,
-- transaction_id, shipping_discount_tax_compensation_amount, base_shipping_discount_tax_compensation_amnt,
-- discount_description, customer_note, customer_note_notify, and the indexes SALES_CREDITMEMO_SEND_EMAIL,
-- SALES_CREDITMEMO_EMAIL_SENT that cover them. state: 1 open, 2 refunded, 3 canceled.
-- Order-level refunded totals are already in sales_order.total_refunded / base_total_refunded.
CREATE TABLE `{prefix}sales_creditmemo` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `store_id` smallint unsigned DEFAULT NULL,
  `adjustment_positive` decimal(20,4) DEFAULT NULL,
  `base_shipping_tax_amount` decimal(20,4) DEFAULT NULL,
  `store_to_order_rate` decimal(20,4) DEFAULT NULL,
  `base_discount_amount` decimal(20,4) DEFAULT NULL,
  `base_to_order_rate` decimal(20,4) DEFAULT NULL,
  `grand_total` decimal(20,4) DEFAULT NULL,
  `base_adjustment_negative` decimal(20,4) DEFAULT NULL,
  `base_subtotal_incl_tax` decimal(20,4) DEFAULT NULL,
  `shipping_amount` decimal(20,4) DEFAULT NULL,
  `subtotal_incl_tax` decimal(20,4) DEFAULT NULL,
  `adjustment_negative` decimal(20,4) DEFAULT NULL,
  `base_shipping_amount` decimal(20,4) DEFAULT NULL,
  `store_to_base_rate` decimal(20,4) DEFAULT NULL,
  `base_to_global_rate` decimal(20,4) DEFAULT NULL,
  `base_adjustment` decimal(20,4) DEFAULT NULL,
  `base_subtotal` decimal(20,4) DEFAULT NULL,
  `discount_amount` decimal(20,4) DEFAULT NULL,
  `subtotal` decimal(20,4) DEFAULT NULL,
  `adjustment` decimal(20,4) DEFAULT NULL,
  `base_grand_total` decimal(20,4) DEFAULT NULL,
  `base_adjustment_positive` decimal(20,4) DEFAULT NULL,
  `base_tax_amount` decimal(20,4) DEFAULT NULL,
  `shipping_tax_amount` decimal(20,4) DEFAULT NULL,
  `tax_amount` decimal(20,4) DEFAULT NULL,
  `order_id` int unsigned NOT NULL,
  `creditmemo_status` int DEFAULT NULL,
  `state` int DEFAULT NULL,
  `invoice_id` int DEFAULT NULL,
  `store_currency_code` varchar(3) DEFAULT NULL,
  `order_currency_code` varchar(3) DEFAULT NULL,
  `base_currency_code` varchar(3) DEFAULT NULL,
  `global_currency_code` varchar(3) DEFAULT NULL,
  `increment_id` varchar(50) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `shipping_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_shipping_incl_tax` decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `{prefix}SALES_CREDITMEMO_INCREMENT_ID_STORE_ID` (`increment_id`,`store_id`),
  KEY `{prefix}SALES_CREDITMEMO_STORE_ID` (`store_id`),
  KEY `{prefix}SALES_CREDITMEMO_ORDER_ID` (`order_id`),
  KEY `{prefix}SALES_CREDITMEMO_CREDITMEMO_STATUS` (`creditmemo_status`),
  KEY `{prefix}SALES_CREDITMEMO_STATE` (`state`),
  KEY `{prefix}SALES_CREDITMEMO_CREATED_AT` (`created_at`),
  KEY `{prefix}SALES_CREDITMEMO_UPDATED_AT` (`updated_at`),
  CONSTRAINT `{prefix}SALES_CREDITMEMO_ORDER_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`order_id`) REFERENCES `{prefix}sales_order` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}SALES_CREDITMEMO_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Creditmemo';

-- ---------------------------------------------------------------------------
-- quote  (Magento_Quote, 51 columns)
-- ALL 49 Magento_Quote columns + gift_message_id (GiftMessage) + is_persistent (Persistent).
-- Cart = quote with is_active=1 (0 after it was converted to an order or merged).
-- No FK on customer_id, guest carts have customer_id NULL (customer_is_guest is only set at checkout).
-- QUOTE_STORE_ID_UPDATED_AT exists in recent 2.4.x only. Totals were decimal(12,4) before 2.4.
CREATE TABLE `{prefix}quote` (
  `entity_id` int unsigned NOT NULL AUTO_INCREMENT,
  `store_id` smallint unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `converted_at` timestamp NULL DEFAULT NULL,
  `is_active` smallint unsigned DEFAULT 1,
  `is_virtual` smallint unsigned DEFAULT 0,
  `is_multi_shipping` smallint unsigned DEFAULT 0,
  `items_count` int unsigned DEFAULT 0,
  `items_qty` decimal(12,4) DEFAULT 0.0000,
  `orig_order_id` int unsigned DEFAULT 0,
  `store_to_base_rate` decimal(12,4) DEFAULT 0.0000,
  `store_to_quote_rate` decimal(12,4) DEFAULT 0.0000,
  `base_currency_code` varchar(255) DEFAULT NULL,
  `store_currency_code` varchar(255) DEFAULT NULL,
  `quote_currency_code` varchar(255) DEFAULT NULL,
  `grand_total` decimal(20,4) DEFAULT 0.0000,
  `base_grand_total` decimal(20,4) DEFAULT 0.0000,
  `checkout_method` varchar(255) DEFAULT NULL,
  `customer_id` int unsigned DEFAULT NULL,
  `customer_tax_class_id` int unsigned DEFAULT NULL,
  `customer_group_id` int unsigned DEFAULT 0,
  `customer_email` varchar(255) DEFAULT NULL,
  `customer_prefix` varchar(40) DEFAULT NULL,
  `customer_firstname` varchar(255) DEFAULT NULL,
  `customer_middlename` varchar(40) DEFAULT NULL,
  `customer_lastname` varchar(255) DEFAULT NULL,
  `customer_suffix` varchar(40) DEFAULT NULL,
  `customer_dob` datetime DEFAULT NULL,
  `customer_note` varchar(255) DEFAULT NULL,
  `customer_note_notify` smallint unsigned DEFAULT 1,
  `customer_is_guest` smallint unsigned DEFAULT 0,
  `remote_ip` varchar(45) DEFAULT NULL,
  `applied_rule_ids` varchar(255) DEFAULT NULL,
  `reserved_order_id` varchar(64) DEFAULT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `coupon_code` varchar(255) DEFAULT NULL,
  `global_currency_code` varchar(255) DEFAULT NULL,
  `base_to_global_rate` decimal(20,4) DEFAULT NULL,
  `base_to_quote_rate` decimal(20,4) DEFAULT NULL,
  `customer_taxvat` varchar(255) DEFAULT NULL,
  `customer_gender` varchar(255) DEFAULT NULL,
  `subtotal` decimal(20,4) DEFAULT NULL,
  `base_subtotal` decimal(20,4) DEFAULT NULL,
  `subtotal_with_discount` decimal(20,4) DEFAULT NULL,
  `base_subtotal_with_discount` decimal(20,4) DEFAULT NULL,
  `is_changed` int unsigned DEFAULT NULL,
  `trigger_recollect` smallint NOT NULL DEFAULT 0,
  `ext_shipping_info` text DEFAULT NULL,
  `gift_message_id` int DEFAULT NULL,
  `is_persistent` smallint unsigned DEFAULT 0,
  PRIMARY KEY (`entity_id`),
  KEY `{prefix}QUOTE_CUSTOMER_ID_STORE_ID_IS_ACTIVE` (`customer_id`,`store_id`,`is_active`),
  KEY `{prefix}QUOTE_STORE_ID` (`store_id`),
  KEY `{prefix}QUOTE_STORE_ID_UPDATED_AT` (`store_id`,`updated_at`),
  CONSTRAINT `{prefix}QUOTE_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Quote';

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
CREATE TABLE `{prefix}quote_address` (
  `address_id` int unsigned NOT NULL AUTO_INCREMENT,
  `quote_id` int unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `customer_id` int unsigned DEFAULT NULL,
  `customer_address_id` int unsigned DEFAULT NULL,
  `address_type` varchar(10) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `firstname` varchar(255) DEFAULT NULL,
  `lastname` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `region_id` int unsigned DEFAULT NULL,
  `postcode` varchar(20) DEFAULT NULL,
  `country_id` varchar(30) DEFAULT NULL,
  `telephone` varchar(255) DEFAULT NULL,
  `shipping_method` varchar(120) DEFAULT NULL,
  `shipping_description` varchar(255) DEFAULT NULL,
  `weight` decimal(12,4) NOT NULL DEFAULT 0.0000,
  `subtotal` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_subtotal` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `subtotal_with_discount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_subtotal_with_discount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `tax_amount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_tax_amount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `shipping_amount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_shipping_amount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `discount_amount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_discount_amount` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `grand_total` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_grand_total` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `vat_id` text DEFAULT NULL,
  PRIMARY KEY (`address_id`),
  KEY `{prefix}QUOTE_ADDRESS_QUOTE_ID` (`quote_id`),
  CONSTRAINT `{prefix}QUOTE_ADDRESS_QUOTE_ID_QUOTE_ENTITY_ID` FOREIGN KEY (`quote_id`) REFERENCES `{prefix}quote` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Quote Address';

-- ---------------------------------------------------------------------------
-- quote_item  (Magento_Quote, 44 columns)
-- ALL 42 Magento_Quote columns + gift_message_id (GiftMessage) + free_shipping (OfflineShipping).
-- OMITTED: the 9 Magento_Weee weee_* columns (same names as on sales_order_item).
-- Same parent/child convention as sales_order_item (configurable/bundle children have parent_item_id).
CREATE TABLE `{prefix}quote_item` (
  `item_id` int unsigned NOT NULL AUTO_INCREMENT,
  `quote_id` int unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `product_id` int unsigned DEFAULT NULL,
  `store_id` smallint unsigned DEFAULT NULL,
  `parent_item_id` int unsigned DEFAULT NULL,
  `is_virtual` smallint unsigned DEFAULT NULL,
  `sku` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `applied_rule_ids` text DEFAULT NULL,
  `additional_data` text DEFAULT NULL,
  `is_qty_decimal` smallint unsigned DEFAULT NULL,
  `no_discount` smallint unsigned DEFAULT 0,
  `weight` decimal(12,4) DEFAULT 0.0000,
  `qty` decimal(12,4) NOT NULL DEFAULT 0.0000,
  `price` decimal(12,4) NOT NULL DEFAULT 0.0000,
  `base_price` decimal(12,4) NOT NULL DEFAULT 0.0000,
  `custom_price` decimal(12,4) DEFAULT NULL,
  `discount_percent` decimal(12,4) DEFAULT 0.0000,
  `discount_amount` decimal(20,4) DEFAULT 0.0000,
  `base_discount_amount` decimal(20,4) DEFAULT 0.0000,
  `tax_percent` decimal(12,4) DEFAULT 0.0000,
  `tax_amount` decimal(20,4) DEFAULT 0.0000,
  `base_tax_amount` decimal(20,4) DEFAULT 0.0000,
  `row_total` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `base_row_total` decimal(20,4) NOT NULL DEFAULT 0.0000,
  `row_total_with_discount` decimal(20,4) DEFAULT 0.0000,
  `row_weight` decimal(12,4) DEFAULT 0.0000,
  `product_type` varchar(255) DEFAULT NULL,
  `base_tax_before_discount` decimal(20,4) DEFAULT NULL,
  `tax_before_discount` decimal(20,4) DEFAULT NULL,
  `original_custom_price` decimal(12,4) DEFAULT NULL,
  `redirect_url` varchar(255) DEFAULT NULL,
  `base_cost` decimal(12,4) DEFAULT NULL,
  `price_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_price_incl_tax` decimal(20,4) DEFAULT NULL,
  `row_total_incl_tax` decimal(20,4) DEFAULT NULL,
  `base_row_total_incl_tax` decimal(20,4) DEFAULT NULL,
  `discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `base_discount_tax_compensation_amount` decimal(20,4) DEFAULT NULL,
  `gift_message_id` int DEFAULT NULL,
  `free_shipping` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`item_id`),
  KEY `{prefix}QUOTE_ITEM_PARENT_ITEM_ID` (`parent_item_id`),
  KEY `{prefix}QUOTE_ITEM_PRODUCT_ID` (`product_id`),
  KEY `{prefix}QUOTE_ITEM_QUOTE_ID` (`quote_id`),
  KEY `{prefix}QUOTE_ITEM_STORE_ID` (`store_id`),
  CONSTRAINT `{prefix}QUOTE_ITEM_PARENT_ITEM_ID_QUOTE_ITEM_ITEM_ID` FOREIGN KEY (`parent_item_id`) REFERENCES `{prefix}quote_item` (`item_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}QUOTE_ITEM_QUOTE_ID_QUOTE_ENTITY_ID` FOREIGN KEY (`quote_id`) REFERENCES `{prefix}quote` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}QUOTE_ITEM_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Sales Flat Quote Item';

-- ---------------------------------------------------------------------------
-- wishlist  (Magento_Wishlist, 5 columns)
-- One wishlist per customer in Open Source (Adobe Commerce multiple wishlists add columns).
CREATE TABLE `{prefix}wishlist` (
  `wishlist_id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL DEFAULT 0,
  `shared` smallint unsigned NOT NULL DEFAULT 0,
  `sharing_code` varchar(32) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`wishlist_id`),
  UNIQUE KEY `{prefix}WISHLIST_CUSTOMER_ID` (`customer_id`),
  KEY `{prefix}WISHLIST_SHARED` (`shared`),
  CONSTRAINT `{prefix}WISHLIST_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID` FOREIGN KEY (`customer_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Wishlist main Table';

-- ---------------------------------------------------------------------------
-- wishlist_item  (Magento_Wishlist, 7 columns)
CREATE TABLE `{prefix}wishlist_item` (
  `wishlist_item_id` int unsigned NOT NULL AUTO_INCREMENT,
  `wishlist_id` int unsigned NOT NULL DEFAULT 0,
  `product_id` int unsigned NOT NULL DEFAULT 0,
  `store_id` smallint unsigned DEFAULT NULL,
  `added_at` timestamp NULL DEFAULT NULL,
  `description` text DEFAULT NULL,
  `qty` decimal(12,4) NOT NULL,
  PRIMARY KEY (`wishlist_item_id`),
  KEY `{prefix}WISHLIST_ITEM_WISHLIST_ID` (`wishlist_id`),
  KEY `{prefix}WISHLIST_ITEM_PRODUCT_ID` (`product_id`),
  KEY `{prefix}WISHLIST_ITEM_STORE_ID` (`store_id`),
  CONSTRAINT `{prefix}WISHLIST_ITEM_WISHLIST_ID_WISHLIST_WISHLIST_ID` FOREIGN KEY (`wishlist_id`) REFERENCES `{prefix}wishlist` (`wishlist_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}WISHLIST_ITEM_PRODUCT_ID_CATALOG_PRODUCT_ENTITY_ENTITY_ID` FOREIGN KEY (`product_id`) REFERENCES `{prefix}catalog_product_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}WISHLIST_ITEM_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Wishlist items';

-- ---------------------------------------------------------------------------
-- report_viewed_product_index  (Magento_Reports, 6 columns)
-- Unique per (visitor_id, product_id) and per (customer_id, product_id): NOT a view history, one row per
-- customer+product with the time of the recorded view. Only filled when Reports statistics are enabled
-- and the product page is rendered by PHP (views served from full-page cache may be missing).
-- report_compared_product_index has the identical shape (not included).
CREATE TABLE `{prefix}report_viewed_product_index` (
  `index_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `visitor_id` int unsigned DEFAULT NULL,
  `customer_id` int unsigned DEFAULT NULL,
  `product_id` int unsigned NOT NULL,
  `store_id` smallint unsigned DEFAULT NULL,
  `added_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`index_id`),
  UNIQUE KEY `{prefix}REPORT_VIEWED_PRODUCT_INDEX_VISITOR_ID_PRODUCT_ID` (`visitor_id`,`product_id`),
  UNIQUE KEY `{prefix}REPORT_VIEWED_PRODUCT_INDEX_CUSTOMER_ID_PRODUCT_ID` (`customer_id`,`product_id`),
  KEY `{prefix}REPORT_VIEWED_PRODUCT_INDEX_STORE_ID` (`store_id`),
  KEY `{prefix}REPORT_VIEWED_PRODUCT_INDEX_ADDED_AT` (`added_at`),
  KEY `{prefix}REPORT_VIEWED_PRODUCT_INDEX_PRODUCT_ID` (`product_id`),
  CONSTRAINT `{prefix}REPORT_VIEWED_PRD_IDX_CSTR_ID_CSTR_ENTT_ENTT_ID` FOREIGN KEY (`customer_id`) REFERENCES `{prefix}customer_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}REPORT_VIEWED_PRD_IDX_PRD_ID_CAT_PRD_ENTT_ENTT_ID` FOREIGN KEY (`product_id`) REFERENCES `{prefix}catalog_product_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `{prefix}REPORT_VIEWED_PRODUCT_INDEX_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `{prefix}store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Reports Viewed Product Index Table';

SET FOREIGN_KEY_CHECKS = 1;
