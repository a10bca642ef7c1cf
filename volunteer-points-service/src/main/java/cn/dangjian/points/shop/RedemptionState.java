package cn.dangjian.points.shop;

/** An order's states; only a PLACED order moves, to PICKED_UP (merchant confirms) or CANCELLED (refund, restock). */
public enum RedemptionState {
    PLACED, PICKED_UP, CANCELLED;

    public boolean mayClose() {
        return this == PLACED;
    }
}
