/** Metrics of what a service holds back or does in the background: outbox backlog, queue depths, job runs; and the bound on tenant tags. */
package org.villagegov.platform.metrics;
