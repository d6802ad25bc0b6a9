/** The council's indicators kept as read models by the platform: suggestions, matters by stage, turnout, notices. */
package org.villagegov.council.indicator;
