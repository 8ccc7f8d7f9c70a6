package dev.maca.examples.torbay;

final class ReturnsFamily12 {
    private ReturnsFamily12() {}

    static void write(ReturnAccounts a) {}
}
