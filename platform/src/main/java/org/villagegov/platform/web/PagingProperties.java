package org.villagegov.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's lists page: the size a caller gets when they name none, the largest size
 * they may ask for, and the last page number accepted (far beyond any real list, and low
 * enough that page x size never overflows into absurd offsets).
 *
 * @param defaultSize {@code size} when the request names none
 * @param maxSize     the largest {@code size} accepted
 * @param maxPage     the largest {@code page} accepted (pages are numbered from 0)
 */
@ConfigurationProperties("platform.paging")
public record PagingProperties(@DefaultValue("50") int defaultSize, @DefaultValue("200") int maxSize,
                               @DefaultValue("10000") int maxPage) {

    public PagingProperties {
        if (defaultSize < 1 || maxSize < defaultSize || maxPage < 0) {
            throw new IllegalArgumentException("platform.paging needs 1 <= default-size <= max-size and max-page >= 0");
        }
    }

    /** These bounds with whatever {@code bounds} sets (its zero values keep the service's). */
    public PagingProperties with(PageBounds bounds) {
        if (bounds == null) {
            return this;
        }
        return new PagingProperties(bounds.defaultSize() > 0 ? bounds.defaultSize() : defaultSize,
                bounds.maxSize() > 0 ? bounds.maxSize() : maxSize, bounds.maxPage() > 0 ? bounds.maxPage() : maxPage);
    }
}
