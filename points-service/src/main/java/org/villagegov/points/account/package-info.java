/** One passbook per household: balance and append-only ledger in one document, changed only by conditional updates. */
package org.villagegov.points.account;
