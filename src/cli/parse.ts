/** The value parsers live in the app layer (the server parses query parameters with them too). */
export * from '../app/values.js';
