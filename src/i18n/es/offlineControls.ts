import { formatNumber, plural } from '../../format/numbers';
import type { OfflineControlsWords } from '../offlineControls';

const LOCALE = 'es';

/** The footer's controls for the whole site, in Spanish. */
export const controls: OfflineControlsWords = {
  locale: LOCALE,
  whole: (size) => `Disponible sin conexión: todas las páginas y la búsqueda, ${size} guardados en este dispositivo.`,
  core: (size) =>
    `Disponible sin conexión: la explicación, la búsqueda y cada página que abra, ${size} guardados en este dispositivo. Las demás páginas necesitan conexión.`,
  savesData: (size) => `Su navegador pide ahorrar datos, así que solo se guardan para leer sin conexión las páginas que abra (${size} en este dispositivo).`,
  pagesOnly: (size) => `Solo se guardan para leer sin conexión las páginas que abra (${size} en este dispositivo).`,
  readyUnknown: 'Disponible sin conexión en este dispositivo.',
  remove: 'Eliminar la copia guardada de todo el sitio',
  save: (size) => `Guardar todo el sitio para leerlo sin conexión (${size})`,
  saving: 'Guardando todo el sitio…',
  progress: (files, of, size, total) =>
    `Guardando todo el sitio: ${plural(files, 'archivo', 'archivos', LOCALE)} de ${formatNumber(of, LOCALE)}, ${size} de ${total}…`,
  failed: {
    storage: (size) => `No se pudo guardar todo el sitio: este dispositivo no tiene espacio para sus ${size}.`,
    download: 'No se pudo guardar todo el sitio: un archivo no se descargó. No se guardó nada de él; vuelva a intentarlo cuando la conexión sea mejor.',
    changed: 'No se pudo guardar todo el sitio: el sitio se actualizó mientras tanto. Recargue la página y vuelva a intentarlo.',
    remove: 'No se pudo eliminar la copia guardada. Vuelva a intentarlo; si no se elimina, puede borrar los datos de este sitio desde la configuración de su navegador.',
  },
};
