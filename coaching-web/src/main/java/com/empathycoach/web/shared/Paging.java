package com.empathycoach.web.shared;

import com.empathycoach.core.shared.Page;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;

import java.util.Optional;

/** Turns what a lazy grid asks for into the page and the sort order that facades take. */
public final class Paging {

    private Paging() {
    }

    /** The rows the grid asks for. */
    public static Page page(Query<?, ?> query) {
        return new Page(query.getOffset(), query.getLimit());
    }

    /** The column the person sorted by (its sort property), if any, and in which direction. */
    public static Optional<Sorted> sorted(Query<?, ?> query) {
        return query.getSortOrders().stream().findFirst()
                .map(order -> new Sorted(order.getSorted(), order.getDirection() == SortDirection.DESCENDING));
    }

    /** A sort property and whether it runs from high to low. */
    public record Sorted(String property, boolean descending) {
    }
}
