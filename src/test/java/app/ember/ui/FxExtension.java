package app.ember.ui;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's ApplicationExtension, but finding {@code @Start} and {@code @Stop} in superclasses too (TestFX
 * 4.0.18 reads only the test class's own methods), so UI tests can share a base such as
 * {@link OnMainWindow}. Superclass methods run first. As TestFX does, it injects an {@link FxRobot}
 * parameter and, after each test, closes the application and releases any key or button left pressed.
 */
public final class FxExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(FxExtension.class);
    private final FxRobot robot = new FxRobot();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        List<Method> starts = annotated(test.getClass(), Start.class);
        List<Method> stops = annotated(test.getClass(), Stop.class);
        FxToolkit.registerPrimaryStage();
        Application application = FxToolkit.setupApplication(() -> new Application() {
            @Override
            public void start(Stage stage) throws Exception {
                for (Method start : starts) {
                    call(start, test, stage);
                }
            }

            @Override
            public void stop() throws Exception {
                for (Method stop : stops) {
                    call(stop, test);
                }
            }
        });
        context.getStore(SPACE).put(Application.class, application);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Application application = context.getStore(SPACE).remove(Application.class, Application.class);
        if (application != null) {
            FxToolkit.cleanupAfterTest(robot, application);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().isAssignableFrom(FxRobot.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /** The annotated methods of the class and its superclasses, the superclass's first. */
    private static List<Method> annotated(Class<?> type, Class<? extends Annotation> annotation) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Method> own = new ArrayList<>();
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation)) {
                    method.setAccessible(true);
                    own.add(method);
                }
            }
            found.addAll(0, own);
        }
        return found;
    }

    private static void call(Method method, Object test, Object... arguments) throws Exception {
        try {
            method.invoke(test, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
