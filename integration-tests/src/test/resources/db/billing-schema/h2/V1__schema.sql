create schema "billing";
