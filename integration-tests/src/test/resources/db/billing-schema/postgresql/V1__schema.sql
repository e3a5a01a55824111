create schema billing;
