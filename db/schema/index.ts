export * from "./register";
export * from "./users";
export * from "./activity";
