/** Annual three-party evaluation of councils and members, ranking, awards and cadre candidates. */
package org.villagegov.council.evaluation;
