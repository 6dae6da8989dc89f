// Vite with React's JSX transform; the widgets need nothing of their own.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
});
