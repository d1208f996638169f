
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner.call': `Ligue para`,
'banner.facebook': `{org} no Facebook`,
'banner.heading': `Fale com {org}`,
'banner.join': `Junte-se a {org}`,
'banner.links': `Formas de falar com a gente`,
'banner.text': `Dúvidas sobre a NMM? Entre em contato com {org} por telefone ou pela internet.`,
'common.disclaimer': `Estas informações não substituem as orientações do seu médico.`,
'common.lastReviewed': `Última revisão`,
'common.source': `{publisher}: “{title}”, uma página para pacientes (em inglês)`,
'common.sources': `De onde vêm estas informações`,
'overview.closing': `Se você tiver sintomas como esses, fale com seu médico.`,
'overview.course.heading': `Como a NMM muda com o tempo?`,
'overview.course.rare': `A NMM é rara.`,
'overview.course.slow': `Ela piora devagar.`,
'overview.course.stronger': `Em algumas pessoas, o tratamento deixou os músculos mais fortes.`,
'overview.course.treatable': `Tem tratamento, mas não tem cura.`,
'overview.diagram.caption': `Um nervo saudável e um nervo com a mielina danificada`,
'overview.diagram.damaged': `Mielina danificada`,
'overview.diagram.damaged.desc': `Um nervo com a capa (mielina) danificada. Algumas partes estão quebradas, finas ou faltando, então partes do nervo ficam expostas.`,
'overview.diagram.healthy': `Mielina saudável`,
'overview.diagram.healthy.desc': `Um nervo envolvido pela sua capa (mielina). A capa está inteira, em partes iguais ao longo do nervo.`,
'overview.heading': `O que é a NMM?`,
'overview.intro.immune': `Os nervos motores são os nervos que mandam seus músculos se mexerem. Na NMM, o sistema de defesa do corpo (o sistema imunológico) ataca por engano muitos desses nervos.`,
'overview.intro.name': `NMM é a sigla de neuropatia motora multifocal. É uma doença rara dos nervos.`,
'overview.intro.weakness': `Isso deixa os músculos fracos. A fraqueza pode piorar com o tempo.`,
'overview.myelin.coating': `Os nervos levam mensagens aos seus músculos. Uma capa envolve os nervos para protegê-los. Essa capa se chama mielina. Ela ajuda as mensagens a passarem do jeito certo e rápido.`,
'overview.myelin.damage': `Especialistas acham que, na NMM, o sistema imunológico danifica essa capa. Quando a capa se desfaz, isso se chama desmielinização. Então o nervo pode ser danificado.`,
'overview.myelin.heading': `Como a NMM prejudica os nervos?`,
'overview.myelin.messages': `Quando as mensagens para os músculos são interrompidas, os músculos podem ficar fracos.`,
'overview.signs.cramps': `Cãibras musculares`,
'overview.signs.heading': `Quais são os sintomas?`,
'overview.signs.spasms': `Espasmos musculares, quando um músculo se contrai sozinho`,
'overview.signs.weakness': `Músculos fracos`,
'overview.where.arms': `Enfraquece as mãos e os antebraços mais do que as pernas.`,
'overview.where.feeling': `Não tira a sensibilidade (não deixa a pele dormente).`,
'overview.where.heading': `Onde ela começa?`,
'overview.where.side': `Muitas vezes afeta só um lado do corpo.`,
'overview.where.start': `Muitas vezes começa em um dedo da mão, no polegar, no punho ou em uma perna.`,
'vsAls.compression.heading': `Com o que mais a NMM pode ser confundida?`,
'vsAls.compression.text': `Em algumas pessoas, a NMM é confundida com um nervo apertado (compressão de nervo). Um exemplo é a síndrome do túnel do carpo.`,
'vsAls.diagnosis.doctor': `Fale com seu médico sobre qualquer sintoma que você tenha.`,
'vsAls.diagnosis.heading': `Por que o diagnóstico certo é importante?`,
'vsAls.diagnosis.text': `Um diagnóstico é o que o médico descobre sobre a causa dos seus sintomas. O diagnóstico certo da NMM ajuda você a receber o tratamento certo.`,
'vsAls.heading': `Por que a NMM às vezes é confundida com a ELA?`,
'vsAls.intro.als': `Uma delas é a ELA. ELA é a sigla de esclerose lateral amiotrófica. Músculos fracos, cãibras e espasmos podem acontecer tanto na NMM quanto na ELA. Mas as duas não são a mesma coisa.`,
'vsAls.intro.similar': `A NMM é rara. Seus sintomas podem parecer um pouco com os de outras doenças dos nervos que afetam os braços e as pernas.`,
'vsAls.table.als': `ELA`,
'vsAls.table.breathing': `Enfraquece os músculos que você usa para respirar`,
'vsAls.table.breathing.als': `Sim`,
'vsAls.table.breathing.mmn': `Não`,
'vsAls.table.caption': `Como a NMM e a ELA se comparam`,
'vsAls.table.mmn': `NMM`,
'vsAls.table.rowHeader': `O que acontece`,
'vsAls.table.speed': `Com que rapidez piora`,
'vsAls.table.speed.als': `Rápido`,
'vsAls.table.speed.mmn': `Devagar`,
'vsAls.table.symptoms': `Músculos fracos, cãibras e espasmos`,
'vsAls.table.symptoms.als': `Sim, podem acontecer`,
'vsAls.table.symptoms.mmn': `Sim, podem acontecer`,
    };
// Review dates, written by scripts/locale-dates.js
export const dates = {"2026-11-25":"25 de novembro de 2026"};
