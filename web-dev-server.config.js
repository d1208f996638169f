// `npm start`: serves the built bundles and the demo pages on 127.0.0.1.
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port,
  middleware: [
    function demoIndex(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
