package org.adder.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("Python 3.12.1");
    }
}
