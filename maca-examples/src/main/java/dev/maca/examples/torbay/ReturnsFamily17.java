package dev.maca.examples.torbay;

final class ReturnsFamily17 {
    private ReturnsFamily17() {}

    static void write(ReturnAccounts a) {}
}
