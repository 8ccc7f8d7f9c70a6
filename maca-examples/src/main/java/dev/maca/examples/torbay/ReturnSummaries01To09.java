package dev.maca.examples.torbay;

final class ReturnSummaries01To09 {
    private ReturnSummaries01To09() {}

    static void write(ReturnAccounts a) {}
}
