// .tmp-raw/entry.ts
console.log(3084, 551762);
export {};
