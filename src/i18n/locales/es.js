
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner.call': `Llame al`,
'banner.facebook': `{org} en Facebook`,
'banner.heading': `Hable con {org}`,
'banner.join': `Únase a {org}`,
'banner.links': `Formas de comunicarse con nosotros`,
'banner.text': `¿Tiene preguntas sobre la NMM? Comuníquese con {org} por teléfono o en línea.`,
'common.disclaimer': `Esta información no reemplaza los consejos de su médico.`,
'common.lastReviewed': `Última revisión`,
'common.source': `{publisher}: “{title}”, una página para pacientes (en inglés)`,
'common.sources': `De dónde viene esta información`,
'overview.closing': `Si tiene síntomas como estos, hable con su médico.`,
'overview.course.heading': `¿Cómo cambia la NMM con el tiempo?`,
'overview.course.rare': `La NMM es poco frecuente.`,
'overview.course.slow': `Empeora lentamente.`,
'overview.course.stronger': `En algunas personas, el tratamiento ha hecho que sus músculos se fortalezcan.`,
'overview.course.treatable': `Se puede tratar, pero no se puede curar.`,
'overview.diagram.caption': `Un nervio sano y un nervio con la mielina dañada`,
'overview.diagram.damaged': `Mielina dañada`,
'overview.diagram.damaged.desc': `Un nervio cuya capa (mielina) está dañada. Algunas partes están rotas, son delgadas o faltan, así que partes del nervio quedan descubiertas.`,
'overview.diagram.healthy': `Mielina sana`,
'overview.diagram.healthy.desc': `Un nervio envuelto en su capa (mielina). La capa está entera, en partes iguales a lo largo del nervio.`,
'overview.heading': `¿Qué es la NMM?`,
'overview.intro.immune': `Los nervios motores son los nervios que les dicen a sus músculos que se muevan. En la NMM, el sistema de defensa del cuerpo (el sistema inmunitario) ataca por error a muchos de estos nervios.`,
'overview.intro.name': `NMM es la sigla de neuropatía motora multifocal. Es una enfermedad rara de los nervios.`,
'overview.intro.weakness': `Esto debilita los músculos. La debilidad puede empeorar con el tiempo.`,
'overview.myelin.coating': `Los nervios llevan mensajes a sus músculos. Una capa envuelve los nervios para protegerlos. Esta capa se llama mielina. Ayuda a que los mensajes viajen bien y rápido.`,
'overview.myelin.damage': `Los expertos creen que, en la NMM, el sistema inmunitario daña esta capa. Cuando la capa se deteriora, se llama desmielinización. Entonces el nervio puede dañarse.`,
'overview.myelin.heading': `¿Cómo daña la NMM los nervios?`,
'overview.myelin.messages': `Cuando los mensajes a los músculos se interrumpen, los músculos pueden debilitarse.`,
'overview.signs.cramps': `Calambres musculares`,
'overview.signs.heading': `¿Cuáles son los síntomas?`,
'overview.signs.spasms': `Espasmos musculares: cuando un músculo se contrae solo`,
'overview.signs.weakness': `Músculos débiles`,
'overview.where.arms': `Debilita las manos y los antebrazos más que las piernas.`,
'overview.where.feeling': `No quita la sensibilidad (no adormece la piel).`,
'overview.where.heading': `¿Dónde empieza?`,
'overview.where.side': `Suele afectar solo un lado del cuerpo.`,
'overview.where.start': `Suele empezar en un dedo de la mano, el pulgar, la muñeca o una pierna.`,
'vsAls.compression.heading': `¿Con qué más se puede confundir la NMM?`,
'vsAls.compression.text': `En algunas personas, la NMM se confunde con un nervio apretado (compresión de un nervio). Un ejemplo es el síndrome del túnel carpiano.`,
'vsAls.diagnosis.doctor': `Hable con su médico sobre cualquier síntoma que tenga.`,
'vsAls.diagnosis.heading': `¿Por qué importa tener el diagnóstico correcto?`,
'vsAls.diagnosis.text': `Un diagnóstico es lo que el médico determina que causa sus síntomas. El diagnóstico correcto de la NMM le ayuda a recibir el tratamiento correcto.`,
'vsAls.heading': `¿Por qué a veces se confunde la NMM con la ELA?`,
'vsAls.intro.als': `Una de ellas es la ELA. ELA es la sigla de esclerosis lateral amiotrófica. Los músculos débiles, los calambres y los espasmos pueden darse tanto en la NMM como en la ELA. Pero no son lo mismo.`,
'vsAls.intro.similar': `La NMM es poco frecuente. Sus síntomas pueden parecerse un poco a los de otras enfermedades de los nervios que afectan los brazos y las piernas.`,
'vsAls.table.als': `ELA`,
'vsAls.table.breathing': `Debilita los músculos que se usan para respirar`,
'vsAls.table.breathing.als': `Sí`,
'vsAls.table.breathing.mmn': `No`,
'vsAls.table.caption': `Cómo se comparan la NMM y la ELA`,
'vsAls.table.mmn': `NMM`,
'vsAls.table.rowHeader': `Qué pasa`,
'vsAls.table.speed': `Qué tan rápido empeora`,
'vsAls.table.speed.als': `Rápidamente`,
'vsAls.table.speed.mmn': `Lentamente`,
'vsAls.table.symptoms': `Músculos débiles, calambres y espasmos`,
'vsAls.table.symptoms.als': `Sí, pueden darse`,
'vsAls.table.symptoms.mmn': `Sí, pueden darse`,
    };
// Review dates, written by scripts/locale-dates.js
export const dates = {"2026-11-25":"25 de noviembre de 2026"};
