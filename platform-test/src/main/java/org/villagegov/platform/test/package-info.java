/** Test infrastructure shared by every module, chosen in one place. */
package org.villagegov.platform.test;
