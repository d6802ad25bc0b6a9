/** One passbook per household: the balance in the account, the append-only lines in their own collection, each decided once by a conditional update of the account. */
package org.villagegov.points.account;
