/** Output files written whole or not at all, under names safe on every file system. */
package io.taxrecon.reports.files;
