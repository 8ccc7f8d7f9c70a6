package dev.maca.examples.torbay;

final class ReturnSummaries11To23 {
    private ReturnSummaries11To23() {}

    static void write(ReturnAccounts a) {}
}
