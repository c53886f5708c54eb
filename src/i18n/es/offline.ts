import type { OfflineWords } from '../offline';

/** The footer's line on the offline copy, and the notice of a new version, in Spanish: loaded by itself on every page (src/scripts/offline/register.ts). */
export const offline: OfflineWords = {
  locale: 'es',
  storage: (size) =>
    `La lectura sin conexión no está disponible: este dispositivo no tiene espacio para ${size ? `los ${size}` : 'los archivos'} que necesita. Todas las páginas funcionan mientras esté en línea.`,
  download: 'La lectura sin conexión aún no está disponible: no se pudo descargar un archivo del sitio. Se volverá a intentar en su próxima visita.',
  changed: 'La lectura sin conexión aún no está disponible: el sitio se actualizó mientras se guardaba. Se volverá a intentar en su próxima visita.',
  blocked: 'La lectura sin conexión no está disponible: este navegador no permite que el sitio guarde páginas en este dispositivo.',
  saving: 'Guardando la explicación y la búsqueda en este dispositivo para leer sin conexión…',
  savingSavesData: 'Su navegador pide ahorrar datos: las páginas se guardan para leer sin conexión a medida que las abre.',
  updated: 'Este sitio se actualizó. ',
  reload: 'Recargar',
  later: 'Ahora no',
};
