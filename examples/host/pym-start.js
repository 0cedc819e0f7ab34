// The one line a Pym.js page already has for any embed.
new pym.Parent('frame-embed', '/embeds/article-viewer/', { title: 'Iran–U.S. talks, annotated' });
