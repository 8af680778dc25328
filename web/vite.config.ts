// Builds the dashboard (web/src) into web/dist, served by `triangulate serve`; every asset is bundled, nothing is fetched elsewhere.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The world map (TopoJSON) is bundled on purpose; it is the biggest chunk.
    chunkSizeWarningLimit: 2000,
    // No inline scripts or data: module preload polyfill stays in the bundle, the page's CSP allows only 'self'.
    assetsInlineLimit: 0,
  },
});
