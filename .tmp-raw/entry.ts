import aff from '/node_modules/dictionary-en/index.aff?raw';
import dic from '../node_modules/dictionary-en/index.dic?raw';
console.log(aff.length, dic.length);
