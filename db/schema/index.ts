export * from "./register";
export * from "./users";
export * from "./activity";
export * from "./search";
export * from "./security";
export * from "./introductions";
export * from "./imports";
export * from "./review";
