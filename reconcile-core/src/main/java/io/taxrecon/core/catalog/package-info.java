/** Catalogs read from CSV data files (with their source column), never written as code. */
package io.taxrecon.core.catalog;
