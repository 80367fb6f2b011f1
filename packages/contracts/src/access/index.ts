/** Who may do what: the access policy the server enforces and the web app reads to show what a role can do. */
export * from './policy.js';
