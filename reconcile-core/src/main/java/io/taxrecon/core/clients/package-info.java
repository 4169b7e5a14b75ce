/** The firm's clients as the reconciliation knows them. */
package io.taxrecon.core.clients;
