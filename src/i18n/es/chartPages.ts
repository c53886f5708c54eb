import { formatDate } from '../../format/dates';
import type { ChartPageWords } from '../words';

const date = (d: Date) => formatDate(d, 'es');

/** The charts' pages, in Spanish. The downloads are drawn in English, and say so. */
export const chartPages: ChartPageWords = {
  listTitle: 'Gráficos',
  listDescription: 'Cada gráfico de la explicación, cada uno con su propia página para compartirlo, insertarlo en otro sitio y descargarlo.',
  listIntro: {
    before: 'Cada gráfico de la explicación, trazado a partir de',
    link: 'nuestros datos',
    after: '. Cada uno tiene su propia página, para compartirlo, insertarlo en otro sitio, citarlo o descargarlo en SVG, PNG o CSV.',
  },
  dataAsOf: (d) => `datos hasta el ${date(d)}`,
  intro: {
    before: 'Un gráfico de',
    explainer: 'la explicación',
    middle: ', trazado a partir de',
    data: 'nuestros datos',
    asOf: (d) => ` hasta el ${date(d)}. Compártalo, insértelo en su propio sitio, cítelo o descárguelo más abajo, o vea`,
    all: 'todos los gráficos',
  },
  share: 'Compartir, insertar o descargar este gráfico',
  embedHeading: 'Insertar este gráfico',
  embedText:
    'Pegue este código en una página de su sitio: el gráfico se mantiene al día con nuestros datos, se ajusta al ancho que se le da, fija su propia altura y sigue el modo claro u oscuro del lector. Por favor, conserve el enlace a esta página.',
  embedCode: 'Código para insertar',
  seeEmbed: 'Ver el gráfico insertado por sí solo',
  downloadHeading: 'Descargar',
  svg: 'el dibujo, con sus estilos, para imprimir o editar',
  png: 'el dibujo al doble de su tamaño, para presentaciones y publicaciones',
  citeHeading: 'Citar este gráfico',
  citation: (caption, site, url, asOf) => `«${caption}». ${site}. ${url} (datos hasta el ${date(asOf)}).`,
  embedBack: 'este gráfico, sus datos y fuentes',
  embedNewTab: 'Se abre en una pestaña nueva.',
  licenceText: {
    before: 'Este gráfico, sus imágenes y sus datos pueden reutilizarse bajo',
    after: 'citándolo como se indica arriba; las palabras que cita siguen siendo de sus medios.',
  },
  allPageTitle: (title, page, pages) => `${title}: todas las filas, página ${page} de ${pages}`,
  allIntro: { before: 'Cada fila de los datos del gráfico, página a página: las primeras están bajo', link: 'el gráfico', after: '; el CSV de abajo las tiene todas.' },
  allShown: (from, to, total) => `Filas ${from} a ${to} de ${total}.`,
  allPages: (title) => `Páginas de todas las filas: ${title}`,
};
