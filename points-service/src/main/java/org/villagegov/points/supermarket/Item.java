package org.villagegov.points.supermarket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An item of a village's love supermarket. Stock changes only by conditional updates:
 * {@code held} lists redemptions whose stock is reserved (so a reservation or its release is
 * applied once), {@code restocked} the refunds that put stock back.
 */
@Document("items")
class Item {

    record TopUp(int quantity, String note, String by, Instant at) {
    }

    @Id
    private String id;
    private String townshipId;
    private String villageId;
    private String name;
    private int price;
    private int stock;
    private List<String> held = new ArrayList<>();
    private List<String> restocked = new ArrayList<>();
    private List<TopUp> topUps = new ArrayList<>();
    @Version
    private Long version;

    Item() {
    }

    static Item create(String id, String townshipId, String villageId, String name, int price, int stock, String by,
                       Instant at) {
        Item item = new Item();
        item.id = id;
        item.townshipId = townshipId;
        item.villageId = villageId;
        item.name = name;
        item.price = price;
        item.stock = stock;
        item.topUps.add(new TopUp(stock, "opening stock", by, at));
        return item;
    }

    String id() { return id; }
    String townshipId() { return townshipId; }
    String villageId() { return villageId; }
    String name() { return name; }
    int price() { return price; }
    int stock() { return stock; }
    List<TopUp> topUps() { return Collections.unmodifiableList(topUps); }
    Long version() { return version; }
}
